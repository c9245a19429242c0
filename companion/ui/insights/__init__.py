"""The insights screens: charts drawn by hand, each with a table and a PNG export.

``page.InsightsPage(session, clock, parent=None, *, report_opener=None)`` is the page the
journal window hosts.
"""
