"""Platform reports: the facts the desk needs to find a person, pulled out of a Message."""

from daemon.reports.report import IpSighting, Report

__all__ = ["IpSighting", "Report"]
