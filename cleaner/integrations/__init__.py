"""Bridges to frameworks that run the cleaner at scale; each behind its own optional extra."""
