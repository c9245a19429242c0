"""Generic widgets with no feature knowledge (flow layout, chips, busy indicator…)."""
