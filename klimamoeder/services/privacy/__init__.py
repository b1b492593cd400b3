"""Personal data under control: the one owner of everything the GDPR asks of Klimamøder.

- `inventory`: every column of every table, declared personal (with its retention rule) or not personal.
  A test compares it with the model, so a new column without a privacy decision fails the suite.
Later modules of this package (consent, retention, access export, erasure) ask the inventory, never a list
of their own.
"""
