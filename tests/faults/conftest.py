"""Fault tests run on the same real stack and daemon-as-a-process as the e2e tests."""

from tests.e2e.conftest import daemon, mailstack  # noqa: F401  (fixtures)
