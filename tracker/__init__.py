"""Debt Tracker core: Qt-free domain, storage and use cases."""
