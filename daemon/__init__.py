"""Lifeline: forwards platform self-harm reports to the police station that can reach the person."""

__version__ = "0.1.0"
