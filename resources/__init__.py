"""Packaged resources: translations and icons."""
