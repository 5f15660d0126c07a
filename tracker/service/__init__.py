"""Use cases shared by the CLI and the GUI, one module per area.

Callers import the module of the area they use (``from tracker.service import bills``):
products, bills, charges, payments, plans, records (delete / undo), dues, overview,
dashboard, simulation, payoff, statement, files, demo.
"""
