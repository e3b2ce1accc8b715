"""cycletime: robot cell vs manual welding time and cost for a planned part (docs/references.md#welding-8), with every
number a named, sourced assumption; JSON document and a self-contained HTML report.

    plan = plan_from_result(plan_result_json, seam_records)
    c = compare(plan, {"operator_factor": 0.3})
    doc = comparison_document(c); html = render_report(c, part_name="bracket")
"""

from cycletime.assumptions import ASSUMPTIONS, Assumption, AssumptionError, resolve
from cycletime.compare import Comparison, SeamResult, compare
from cycletime.document import comparison_document
from cycletime.plan_input import PlanResultError, RobotPlan, SeamInput, plan_from_result
from cycletime.report import render_report
from cycletime.weld import manual_arc_time_s, weld_area_m2

__all__ = [
    "ASSUMPTIONS",
    "Assumption",
    "AssumptionError",
    "Comparison",
    "PlanResultError",
    "RobotPlan",
    "SeamInput",
    "SeamResult",
    "compare",
    "comparison_document",
    "manual_arc_time_s",
    "plan_from_result",
    "render_report",
    "resolve",
    "weld_area_m2",
]
