"""Klimamøder: plan network meetings, invite, print and check in."""

__version__ = "0.1.0"
APP_NAME = "Klimamøder"
APP_ID = "klimamoeder"
