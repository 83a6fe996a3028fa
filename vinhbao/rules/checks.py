"""The audit's relationships, declared as data: `stated = computed` over `subject.measure` facts.

Kinds: sum (parts reach their total), balance (inflow = outflow), ratio (x/y stated as z%),
product (yield × area = output), growth (rates consistent with levels), cross (the same figure in
two places of the report). Appendix rows are subjects `appendix_<code>` (1.b -> appendix_1_b).
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


# fmt: off
CHECKS: tuple[Check, ...] = (
    # --- rice: seasons against the year, yield = output / area --------------------------------
    Check("rice area: seasons add to the year", "sum",
          "rice_year.area", "spring_rice.area + main_rice.area"),
    Check("rice output: seasons add to the year", "sum",
          "rice_year.output", "spring_rice.output + main_rice.output",
          "the year's output against its two seasons added"),
    Check("spring rice yield = output / area", "product",
          "spring_rice.yield", "spring_rice.output / spring_rice.area * 10"),
    Check("main rice yield = output / area", "product",
          "main_rice.yield", "main_rice.output / main_rice.area * 10",
          "the main-season yield is printed in 't/ha' where tạ/ha is meant"),
    Check("whole-year rice yield = output / sown area", "product",
          "rice_year.yield", "rice_year.output / rice_year.area * 10"),
    Check("two-crop yield = spring + main yields (tạ -> t)", "sum",
          "rice_year_two_crops.yield", "(spring_rice.yield + main_rice.yield) / 10",
          "the appendix convention: yields of the two seasons added, per ha of land"),
    Check("appendix rice yield = body two-crop yield", "cross",
          "appendix_5.actual", "rice_year_two_crops.yield"),
    Check("rice area growth: seasons' rates imply the year's", "growth",
          "rice_year.area_pct_yoy",
          "(spring_rice.area + main_rice.area) / (spring_rice.area / (1 + "
          "spring_rice.area_pct_yoy / 100) + main_rice.area / (main_rice.area_pct_of_last_year "
          "/ 100)) * 100 - 100"),
    Check("rice output growth: seasons' rates imply the year's", "growth",
          "rice_year.output_pct_yoy",
          "rice_year.output / (spring_rice.output / (1 + spring_rice.output_pct_yoy / 100) + "
          "main_rice.output / (main_rice.output_pct_of_last_year / 100)) * 100 - 100",
          "the year's output growth implied by the seasons' year-on-year rates"),
    # --- agriculture --------------------------------------------------------------------------
    Check("agriculture value: parts reach the total (footnote 21)", "sum",
          "agriculture_forestry_fisheries.amount",
          "crops.amount + livestock.amount + fisheries.amount + forestry.amount",
          "the total against crops, livestock, fisheries and forestry; "
          "agricultural services are not listed"),
    Check("agriculture growth: body sector rate = agriculture value rate", "cross",
          "agriculture_fisheries.pct_yoy", "agriculture_forestry_fisheries.pct_yoy"),
    # --- economy: body against the appendix -----------------------------------------------------
    Check("total production growth: body = appendix row 1", "cross",
          "total_production_value.pct_yoy", "appendix_1.actual"),
    Check("total production growth target: body = appendix row 1 (low)", "cross",
          "total_production_value.target_low", "appendix_1.target_low"),
    Check("total production growth target: body = appendix row 1 (high)", "cross",
          "total_production_value.target_high", "appendix_1.target_high"),
    Check("agriculture-fisheries growth: body = appendix row 1.b", "cross",
          "agriculture_fisheries.pct_yoy", "appendix_1_b.actual"),
    Check("industry-construction growth: body = appendix row 1.c", "cross",
          "industry_construction.pct_yoy", "appendix_1_c.actual"),
    Check("industry-handicrafts growth: body = appendix row 1.d", "cross",
          "industry_handicrafts.pct_yoy", "appendix_1_d.actual"),
    Check("district-managed industry growth: body = appendix row 1.e", "cross",
          "district_industry.pct_yoy", "appendix_1_e.actual"),
    Check("capital construction growth: body = appendix row 1.f", "cross",
          "construction.pct_yoy", "appendix_1_f.actual",
          "the body's construction growth against the appendix's capital-construction growth"),
    Check("trade-services growth: body = appendix row 1.g", "cross",
          "trade_services.pct_yoy", "appendix_1_g.actual"),
    Check("income per head: body = appendix row 3", "cross",
          "income_per_head.amount", "appendix_3.actual"),
    Check("social investment: body = appendix row 7", "cross",
          "social_investment.amount", "appendix_7.actual"),
    Check("social investment '% above plan' against the plan's upper bound", "ratio",
          "social_investment.pct_above_plan",
          "social_investment.amount / social_investment.target_high * 100 - 100",
          "the printed '% above plan' against the plan range the same sentence gives"),
    Check("economic structure (appendix row 2) adds to 100%", "sum",
          "100", "appendix_2_a.actual + appendix_2_b.actual + appendix_2_c.actual"),
    Check("agricultural structure (appendix row 4) adds to 100%", "sum",
          "100", "appendix_4_a.actual + appendix_4_b.actual + appendix_4_c.actual"),
    # --- budget ---------------------------------------------------------------------------------
    Check("district revenue: % of estimate (body) = growth over estimate (appendix row 8)",
          "cross", "district_budget_revenue.pct_of_estimate - 100", "appendix_8.actual"),
    # --- social and party figures cross-checked with the appendix --------------------------------
    Check("new party members: % of plan = admitted / appendix target", "ratio",
          "party_admissions.pct_of_plan", "party_admissions.count / appendix_20.target_low * 100"),
    Check("new party members: body = appendix row 20", "cross",
          "party_admissions.count", "appendix_20.actual"),
    Check("schools meeting national standards: count / total stated as %", "ratio",
          "national_standard_schools.pct",
          "national_standard_schools.count / national_standard_schools.total * 100"),
    Check("population growth: body = appendix row 11", "cross",
          "population_growth.pct", "appendix_11.actual"),
    Check("stunting: body = appendix row 14", "cross", "stunting.pct", "appendix_14.actual"),
    Check("stunting target: body 'NQ' = appendix target", "cross",
          "stunting.target", "appendix_14.target_high",
          "the body states the resolution's target as a level, the appendix as 'dưới …'"),
    Check("health insurance coverage: body = appendix row 16", "cross",
          "health_insurance.pct", "appendix_16.actual"),
    Check("poverty rate: body = appendix row 17", "cross",
          "poverty_rate.pct", "appendix_17.actual"),
    Check("job placements: body = appendix row 12.b", "cross",
          "job_placements.count", "appendix_12_b.actual"),
    Check("trained workers: body = appendix row 12.c", "cross",
          "trained_workers.pct", "appendix_12_c.actual"),
    # --- land ----------------------------------------------------------------------------------
    Check("land certificates: first-time + transfers/re-issues = issued", "sum",
          "land_certificates.count",
          "land_certificates_first_time.count + land_certificates_transfer_reissue.count"),
    Check("land donated: residential + agricultural = total (footnote 14)", "sum",
          "land_donation.area", "land_donation.area_residential + land_donation.area_agricultural",
          "a 'trong đó' breakdown: part of the donated land is of no stated kind"),
    Check("dike project: residential + agricultural households = households (footnote 27)",
          "sum", "clearance_thai_binh_dike.households",
          "clearance_thai_binh_dike.households_residential + "
          "clearance_thai_binh_dike.households_agricultural"),
    Check("Lô Đông bridge: cleared + enforced = residential households (footnote 28)", "sum",
          "clearance_lo_dong_bridge.households_residential",
          "clearance_lo_dong_bridge.completed_households_residential + "
          "clearance_lo_dong_bridge.enforcement_households_residential"),
    Check("QL37 Vĩnh Long: approved + pending + disputing = households (footnote 26)", "sum",
          "clearance_ql37_vinh_long.households",
          "clearance_ql37_vinh_long.approved + clearance_ql37_vinh_long.pending_approval + "
          "clearance_ql37_vinh_long.disputing"),
    Check("religious establishments registered / surveyed stated as % (footnote 11)", "ratio",
          "religious_land.pct",
          "religious_land.registered / religious_land.registered_out_of * 100"),
    # --- cases ---------------------------------------------------------------------------------
    Check("district dossiers: received + carried over = on time + late + not yet due", "balance",
          "district_dossiers.received + district_dossiers.carried_over",
          "district_dossiers.on_time + district_dossiers.late + district_dossiers.not_yet_due"),
    Check("commune dossiers: received + carried over = on time + late + not yet due", "balance",
          "commune_dossiers.received + commune_dossiers.carried_over",
          "commune_dossiers.on_time + commune_dossiers.late + commune_dossiers.not_yet_due"),
    Check("district dossiers online = level 3 + level 4", "sum", "district_dossiers.online",
          "district_dossiers.online_level3 + district_dossiers.online_level4"),
    Check("commune dossiers online = level 3 + level 4", "sum", "commune_dossiers.online",
          "commune_dossiers.online_level3 + commune_dossiers.online_level4"),
    Check("courts: cases tried / cases stated as %", "ratio",
          "court_cases.pct", "court_cases.tried / court_cases.total * 100",
          "the rate printed after the page break against cases tried / cases"),
    Check("petitions: 2023 = 2022 + increase", "sum",
          "petitions.received", "petitions.received_last_year + petitions.change_yoy"),
    Check("petitions under district authority = resolved + in progress", "sum",
          "petitions_district_authority.count",
          "petitions_resolved.count + petitions_in_progress.count"),
    Check("petitions resolved = complaints + denunciations + recommendations", "sum",
          "petitions_resolved.count",
          "petitions_resolved.complaints + petitions_resolved.denunciations + "
          "petitions_resolved.recommendations"),
    Check("petitions in progress = complaints + recommendations", "sum",
          "petitions_in_progress.count",
          "petitions_in_progress.complaints + petitions_in_progress.recommendations"),
    Check("traffic sanctions = cars + motorbikes (footnote 43)", "sum",
          "traffic_enforcement.decisions",
          "traffic_enforcement.decisions_cars + traffic_enforcement.decisions_motorbikes"),
    # --- party ---------------------------------------------------------------------------------
    Check("party discipline = reprimands + warnings + expulsions", "sum",
          "party_discipline.members",
          "party_discipline.reprimand + party_discipline.warning + party_discipline.expulsion"),
    Check("discipline by cause (footnote 8) adds to the disciplined members", "cross",
          "party_discipline.members",
          "discipline_population_policy.count + discipline_prohibited_conduct.count + "
          "discipline_other.count"),
    Check("discipline for population policy: count / disciplined stated as %", "ratio",
          "discipline_population_policy.pct",
          "discipline_population_policy.count / party_discipline.members * 100"),
    Check("discipline for prohibited conduct: count / disciplined stated as %", "ratio",
          "discipline_prohibited_conduct.pct",
          "discipline_prohibited_conduct.count / party_discipline.members * 100",
          "shares rounded so that they add to 100"),
    Check("discipline for other violations: count / disciplined stated as %", "ratio",
          "discipline_other.pct", "discipline_other.count / party_discipline.members * 100",
          "shares rounded so that they add to 100"),
    Check("party petitions: filed + handled = received", "sum",
          "party_petitions.received", "party_petitions.filed_ineligible + party_petitions.handled"),
    Check("party transfers (footnote 7): out + in = total", "sum",
          "party_transfers.count",
          "party_transfers.transferred_out + party_transfers.transferred_in",
          "transfers out and in against the total transfers"),
    Check("party transfers out (footnote 7): destinations add to the total out", "sum",
          "party_transfers.transferred_out",
          "party_transfers.out_abroad + party_transfers.out_outside_city + "
          "party_transfers.out_within_city + party_transfers.out_within_district",
          "if this fails while out + in misses the total by as much, the total out is misprinted"),
    Check("party transfers in (footnote 7): origins add to the total in", "sum",
          "party_transfers.transferred_in",
          "party_transfers.in_from_outside_city + party_transfers.in_from_within_city"),
)
# fmt: on
