"""Companion's domain, storage, crypto and resources. Never imports Qt."""
