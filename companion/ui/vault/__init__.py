"""Screens that create, unlock and re-key the vault."""
