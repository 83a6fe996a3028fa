"""The audit's declared relationships, as data: `stated = computed` over fact references.

A reference in braces names a fact by what it is, never by where one report prints it::

    {subject[/aspect][.measure][:kind[.base]][@part][~prior][#n][^low|^high]}

(see `vinhbao.derive.refs`). Values are in the facts' canonical units (tonnes, hectares, t/ha,
billion VND). References without `@part` are local: the check runs in every passage holding
them all (the same breakdown in two footnotes is checked twice), else over the whole report.
Kinds: sum (parts reach their total), within (parts listed 'of which' stay within their total:
the residual is a note), balance (inflow = outflow), ratio (x/y stated as z%), product (yield ×
area = output), growth (rates consistent with levels), cross (the same figure in two places),
items (a count against the items the text lists; `count(a, b, …)` is the number of figures).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    name: str
    kind: str
    stated: str
    computed: str
    note: str = ""


# Words naming a round by its date: 'trao Huy hiệu Đảng đợt 03/02, 19/5'.
ROUND_WORDS: tuple[str, ...] = ("đợt", "kỳ", "lần", "dịp")

# Words between a total and its first part saying the list is 'of which': the parts need not
# reach the total (what they leave out is reported as a residual).
PARTIAL_LIST_WORDS: tuple[str, ...] = (
    "trong đó", "trong số đó", "riêng", "nhất là", "chủ yếu", "đặc biệt là", "chiếm đa số",
)  # fmt: skip
# Words naming traits of people that groups listed after 'trong đó' may share ('trong đó 60 nữ,
# 70 dưới 35 tuổi'): such groups of PEOPLE_UNITS overlap, so their counts need not stay within
# the total.
PEOPLE_UNITS: tuple[str, ...] = (
    "association_members", "children", "citizens", "civil_servants", "committee_members",
    "comrades", "defendants", "delegates", "individuals", "members", "officials",
    "party_members", "patients", "people", "pupils", "trainees", "union_members", "workers",
)  # fmt: skip
OVERLAPPING_TRAITS: tuple[str, ...] = (
    "nữ", "nam", "tuổi", "dân tộc", "tôn giáo", "công giáo", "đảng viên", "đoàn viên",
    "hội viên", "thanh niên", "cựu chiến binh", "khuyết tật", "trình độ", "đại học", "thạc sĩ",
)  # fmt: skip
# An 'x/y' count printed with a rate of the plan ('12/8 tổ chức (150% KH)'): y is the plan when
# the rate is within this many % of x / y × 100; farther off, y is a whole, not the plan.
PLAN_RATE_NEAR = 2.0

# Words joining a figure to the same figure in another unit: '91 đơn, bằng 91 vụ việc'.
RESTATING_WORDS: tuple[str, ...] = ("bằng", "tương đương", "tức là", "tức")
# Shares of one subject whose sum is within this many points of 100 are taken as the whole's
# split and checked to add to 100; farther off, they are shares of different wholes.
SHARES_COVER_WHOLE = 5.0
# Subjects whose rates of different aspects split one whole (pupils by grade: HTXS, HTT, HT, CHT),
# checked to add to 100 like shares; the rates of another subject's aspects need not ('đúng hạn
# 97%, trực tuyến 5%' of dossiers).
PARTITIONED_SUBJECTS: tuple[str, ...] = ("pupil_grades",)
# Grades naming the parts of one whole ('Hạnh kiểm Tốt, Khá đạt 97,5%, Trung bình, yếu: 2,5%'):
# rates of no subject, each named by grades only (commas between them), side by side in one
# clause, are the whole's split when they add to within SHARES_COVER_WHOLE of 100. A criterion
# may stand before the grades and a link word after them.
GRADE_WORDS: tuple[str, ...] = (
    "xuất sắc", "giỏi", "tốt", "khá", "trung bình", "yếu", "kém", "đạt", "chưa đạt",
)  # fmt: skip
GRADE_CRITERIA: tuple[str, ...] = (
    "hạnh kiểm", "học lực", "rèn luyện", "học tập", "kết quả rèn luyện", "kết quả học tập",
    "xếp loại", "về hạnh kiểm", "về học lực",
)  # fmt: skip
GRADE_LINK_WORDS: tuple[str, ...] = ("đạt", "là", "chiếm")

# fmt: off
CHECKS: tuple[Check, ...] = (
    # --- rice: seasons against the year, yield = output / area ------------------------------
    Check("rice area: seasons add to the year", "sum",
          "{rice_year.area}", "{spring_rice.area} + {main_rice.area}"),
    Check("rice output: seasons add to the year", "sum",
          "{rice_year.output}", "{spring_rice.output} + {main_rice.output}",
          "the year's output against its two seasons added"),
    Check("spring rice yield = output / area", "product",
          "{spring_rice.yield}", "{spring_rice.output} / {spring_rice.area}"),
    Check("main rice yield = output / area", "product",
          "{main_rice.yield}", "{main_rice.output} / {main_rice.area}"),
    Check("whole-year rice yield = output / sown area", "product",
          "{rice_year.yield}", "{rice_year.output} / {rice_year.area}"),
    Check("two-crop yield = spring + main yields", "sum",
          "{rice_year_two_crops.yield}", "{spring_rice.yield} + {main_rice.yield}",
          "the convention of the plan tables: the seasons' yields added, per ha of land"),
    Check("rice yield in the table = the two-crop yield", "cross",
          "{rice_year_two_crops.yield@appendix}", "{rice_year_two_crops.yield@body}"),
    Check("rice area growth: seasons' rates imply the year's", "growth",
          "{rice_year.area:change_pct.last_year}",
          "({spring_rice.area} + {main_rice.area}) / ({spring_rice.area} / (1 + "
          "{spring_rice.area:change_pct.last_year} / 100) + {main_rice.area} / "
          "({main_rice.area:ratio_pct.last_year} / 100)) * 100 - 100"),
    Check("rice output growth: seasons' rates imply the year's", "growth",
          "{rice_year.output:change_pct.last_year}",
          "{rice_year.output} / ({spring_rice.output} / (1 + "
          "{spring_rice.output:change_pct.last_year} / 100) + {main_rice.output} / "
          "({main_rice.output:ratio_pct.last_year} / 100)) * 100 - 100",
          "the year's output growth implied by the seasons' year-on-year rates"),
    Check("rice yield growth: output's rate / area's rate", "growth",
          "{rice_year.yield:change_pct.last_year}",
          "(1 + {rice_year.output:change_pct.last_year} / 100) / "
          "(1 + {rice_year.area:change_pct.last_year} / 100) * 100 - 100",
          "output = area × yield, so the year-on-year rates multiply"),
    Check("rice yield against the plan: output's rate / area's rate", "growth",
          "{rice_year.yield:change_pct.plan}",
          "(1 + {rice_year.output:change_pct.plan} / 100) / ({rice_year.area:ratio_pct.plan} / 100)"
          " * 100 - 100",
          "output = area × yield, so the rates on the plan multiply"),
    # --- agriculture ----------------------------------------------------------------------
    Check("agriculture value: parts listed 'of which' within the total", "within",
          "{agriculture_forestry_fisheries.amount}",
          "{crops.amount} + {livestock.amount} + {fisheries.amount} + {forestry.amount}",
          "the total against crops, livestock, fisheries and forestry; "
          "agricultural services are not listed"),
    Check("agriculture growth: sector rate = agriculture value rate", "cross",
          "{agriculture_fisheries.amount:change_pct.last_year@body}",
          "{agriculture_forestry_fisheries.amount:change_pct.last_year}"),
    # --- economy: body against the table ----------------------------------------------------
    *(Check(f"{label} growth: body = table", "cross",
            f"{{{subject}.amount:change_pct.last_year@body}}",
            f"{{{subject}.amount:change_pct.last_year@appendix}}", note)
      for subject, label, note in (
          ("total_production_value", "total production", ""),
          ("agriculture_fisheries", "agriculture-fisheries", ""),
          ("industry_construction", "industry-construction", ""),
          ("industry_handicrafts", "industry-handicrafts", ""),
          ("district_industry", "district-managed industry", ""),
          ("construction", "capital construction",
           "the body's construction growth against the table's capital-construction growth"),
          ("trade_services", "trade-services", ""),
      )),
    Check("total production growth target: body = table (low)", "cross",
          "{total_production_value.amount:target@body^low}",
          "{total_production_value.amount:target@appendix^low}"),
    Check("total production growth target: body = table (high)", "cross",
          "{total_production_value.amount:target@body^high}",
          "{total_production_value.amount:target@appendix^high}"),
    Check("income per head: body = table", "cross",
          "{income_per_head.amount@body}", "{income_per_head.amount@appendix}"),
    Check("social investment: body = table", "cross",
          "{social_investment.amount@body}", "{social_investment.amount@appendix}"),
    Check("social investment '% above plan' against the plan's upper bound", "ratio",
          "{social_investment.amount:change_pct.plan}",
          "{social_investment.amount@body} / {social_investment.amount:target@body^high} * 100"
          " - 100",
          "the printed '% above plan' against the plan range the same sentence gives"),
    Check("economic structure (table) adds to 100%", "sum", "100",
          "{agriculture_fisheries.amount:share_pct@appendix} + "
          "{industry_construction.amount:share_pct@appendix} + "
          "{trade_services.amount:share_pct@appendix}"),
    Check("agricultural structure (table) adds to 100%", "sum", "100",
          "{crops.amount:share_pct@appendix} + {livestock_fisheries.amount:share_pct@appendix} + "
          "{agricultural_services.amount:share_pct@appendix}"),
    # --- budget -------------------------------------------------------------------------------
    Check("district revenue: % of estimate (body) = growth over the estimate (table)", "cross",
          "{district_budget_revenue.amount:ratio_pct.estimate@body} - 100",
          "{district_budget_revenue.amount:change_pct.estimate@appendix}"),
    # --- society and party against the table ------------------------------------------------
    Check("new party members: % of plan = admitted / table target", "ratio",
          "{party_admissions.count:ratio_pct.plan#2}",
          "{party_admissions.count@body} / {party_admissions.count:target@appendix^low} * 100",
          "the second rate of the sentence ('% KH'); the first is of the city's quota"),
    *(Check(f"{label}: body = table", "cross", f"{{{ref}@body}}", f"{{{ref}@appendix}}", note)
      for ref, label, note in (
          ("party_admissions.count", "new party members", ""),
          ("population_growth.rate", "population growth", ""),
          ("stunting.rate", "stunting", ""),
          ("health_insurance.rate", "health insurance coverage", ""),
          ("poverty_rate.rate", "poverty rate", ""),
          ("job_placements.count", "job placements", ""),
          ("trained_workers.rate", "trained workers", ""),
      )),
    Check("stunting target: body = table", "cross", "{stunting.rate:target@body}",
          "{stunting.rate:target@appendix^high}",
          "the body states the target as a level, the table as 'dưới …'"),
    # --- land ---------------------------------------------------------------------------------
    Check("land certificates: first-time + transfers/re-issues = issued", "sum",
          "{land_certificates.count}",
          "{land_certificates/first_time.count} + {land_certificates/transfer_reissue.count}"),
    Check("land donated: residential + agricultural within the total", "within",
          "{land_donation.area}",
          "{land_donation/residential.area} + {land_donation/agricultural.area}",
          "a 'trong đó' breakdown: part of the donated land is of no stated kind"),
    Check("site clearance: residential + agricultural households = households", "sum",
          "{site_clearance.count}",
          "{site_clearance/residential.count} + {site_clearance/agricultural.count}"),
    Check("site clearance: cleared + enforced = residential households", "sum",
          "{site_clearance/residential_total.count}",
          "{site_clearance/residential.count} + {site_clearance/enforcement_residential.count}"),
    Check("site clearance: approved + pending + disputing = households", "sum",
          "{site_clearance/approved_total.count}",
          "{site_clearance/approved.count} + {site_clearance/pending_approval.count} + "
          "{site_clearance/recommendations.count}"),
    # --- cases --------------------------------------------------------------------------------
    *(Check(f"{label} dossiers: received + carried over = on time + late + not yet due",
            "balance", f"{{{s}/received.count}} + {{{s}/carried_over.count}}",
            f"{{{s}/on_time.count}} + {{{s}/late.count}} + {{{s}/not_yet_due.count}}")
      for s, label in (("district_dossiers", "district"), ("commune_dossiers", "commune"))),
    *(Check(f"{label} dossiers online = level 3 + level 4", "sum", f"{{{s}/online.count}}",
            f"{{{s}/online_level3.count}} + {{{s}/online_level4.count}}")
      for s, label in (("district_dossiers", "district"), ("commune_dossiers", "commune"))),
    Check("petitions: this year = last year + increase", "sum",
          "{petitions/received.count}",
          "{petitions/received.count~prior} + {petitions/received.count:change_abs.last_year}"),
    Check("petitions under the district's authority = resolved + in progress", "sum",
          "{petitions/under_authority.count}",
          "{petitions/under_authority_resolved.count} + {petitions/in_progress.count}"),
    Check("petitions resolved = complaints + denunciations + recommendations", "sum",
          "{petitions/under_authority_resolved.count}",
          "{petitions/under_authority_resolved_complaints.count} + "
          "{petitions/under_authority_resolved_denunciations.count} + "
          "{petitions/under_authority_resolved_recommendations.count}"),
    Check("petitions in progress = complaints + recommendations", "sum",
          "{petitions/in_progress.count}",
          "{petitions/in_progress_complaints.count} + "
          "{petitions/in_progress_recommendations.count}"),
    Check("traffic sanctions = cars + motorbikes", "sum",
          "{traffic_enforcement/decisions.count}",
          "{traffic_enforcement/decisions_cars.count} + "
          "{traffic_enforcement/decisions_motorbikes.count}"),
    # --- party --------------------------------------------------------------------------------
    Check("party discipline = reprimands + warnings + expulsions", "sum",
          "{party_discipline.count}",
          "{party_discipline/reprimand.count} + {party_discipline/warning.count} + "
          "{party_discipline/expulsion.count}"),
    Check("discipline by cause adds to the disciplined members", "cross",
          "{party_discipline.count}",
          "{party_discipline/population_policy.count} + "
          "{party_discipline/prohibited_conduct.count} + {party_discipline/other.count}"),
    *(Check(f"discipline for {label}: count / disciplined stated as %", "ratio",
            f"{{party_discipline/{aspect}:share_pct}}",
            f"{{party_discipline/{aspect}.count}} / {{party_discipline.count}} * 100", note)
      for aspect, label, note in (
          ("population_policy", "population policy", ""),
          ("prohibited_conduct", "prohibited conduct", "shares rounded so that they add to 100"),
          ("other", "other violations", "shares rounded so that they add to 100"),
      )),
    Check("Central Committee plenum: link points, body = footnote", "cross",
          "{central_committee_plenum.count@body}", "{central_committee_plenum.count@footnote}",
          "the first count of each: the video-link points the same plenum was relayed to (unless "
          "one count leaves out the hall holding the meeting in person)"),
    Check("party petitions: filed + handled = received", "sum",
          "{party_petitions/received.count}",
          "{party_petitions/ineligible.count} + {party_petitions/handled.count}"),
    Check("party transfers: out + in = total", "sum",
          "{party_transfers.count}",
          "{party_transfers/transferred_out.count} + {party_transfers/transferred_in.count}",
          "transfers out and in against the total transfers"),
    Check("party transfers out: destinations add to the total out", "sum",
          "{party_transfers/transferred_out.count}",
          "{party_transfers/transferred_out_abroad.count} + "
          "{party_transfers/transferred_out_outside_city.count} + "
          "{party_transfers/transferred_out_within_city.count} + "
          "{party_transfers/transferred_out_within_district.count}",
          "if this fails while out + in misses the total by as much, the total out is misprinted"),
    Check("party transfers in: origins add to the total in", "sum",
          "{party_transfers/transferred_in.count}",
          "{party_transfers/transferred_in_outside_city.count} + "
          "{party_transfers/transferred_in_within_city.count}"),
)
# fmt: on
