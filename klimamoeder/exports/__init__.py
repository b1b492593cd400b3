"""Builders that turn domain data into bytes: iCalendar, e-mail messages and PDFs."""
