"""Build code for the Lifeline risk model (run with ``python -m models.tools.build``)."""
