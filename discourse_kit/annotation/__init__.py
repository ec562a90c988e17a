"""The annotation lab: a span-annotation widget, its crash-safe store, agreement and interchange.

Modules (one task each): ``categories`` (the ten categories and where they
land in the scheme), ``offsets`` (Python vs JavaScript offsets), ``store``
(the per-student JSON file), ``session`` (editing, undo, detector
suggestions), ``widget`` (the JupyterLab widget), ``agreement`` (scores,
kappa, disagreements, class view), ``interchange`` (brat, CSV, scheme JSON).
Widget and pandas code is imported only when used.
"""
