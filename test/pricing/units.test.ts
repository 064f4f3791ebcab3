import { normalizeUnit, sameUnit, unitPeriod, UNITS } from "../../src/pricing/units.js";

describe("Price List units", () => {
  it.each([
    ["GB-Mo", UNITS.GB_MONTH],
    ["GB-month", UNITS.GB_MONTH],
    ["GB-Month", UNITS.GB_MONTH],
    ["Hrs", UNITS.HOURS],
    ["Hours", UNITS.HOURS],
    ["GiBps-mo", UNITS.GIBPS_MONTH],
    ["LCU-Hrs", UNITS.LCU_HOURS],
    ["ACU-Hr", UNITS.ACU_HOURS],
    ["ACU-Hrs", UNITS.ACU_HOURS],
    ["vCPU-Hours", UNITS.VCPU_HOURS],
    ["IOPS-Mo", UNITS.IOPS_MONTH],
    ["Requests", UNITS.REQUESTS],
    ["API Requests", UNITS.REQUESTS],
    ["Lambda-GB-Second", UNITS.GB_SECONDS],
    [" IOs ", UNITS.IOS],
    ["MBPS-Mo", UNITS.MBPS_MONTH],
  ])("normalises %j to %j", (published, canonical) => {
    expect(normalizeUnit(published)).toBe(canonical);
  });

  it("compares EBS io2's GB-month with gp3's GB-Mo as one unit, and keeps distinct units apart", () => {
    expect(sameUnit("GB-month", "GB-Mo")).toBe(true);
    expect(sameUnit("GiBps-mo", "MiBps-Mo")).toBe(false);
    expect(sameUnit("GB", "GB-Mo")).toBe(false);
    // RDS publishes throughput in MB/s, gp3 EBS in GiB/s: different units, never mixed.
    expect(sameUnit("MBPS-Mo", "GiBps-mo")).toBe(false);
  });

  it("passes unknown units through unchanged so they only equal themselves", () => {
    expect(normalizeUnit("WriteCapacityUnit-Hrs")).toBe("WriteCapacityUnit-Hrs");
    expect(sameUnit("HostedZone", "Queries")).toBe(false);
  });

  it("tells hourly from monthly rates", () => {
    expect(unitPeriod("Hrs")).toBe("hour");
    expect(unitPeriod("ACU-Hr")).toBe("hour");
    expect(unitPeriod("WriteCapacityUnit-Hrs")).toBe("hour");
    expect(unitPeriod("GB-month")).toBe("month");
    expect(unitPeriod("GiBps-mo")).toBe("month");
    expect(unitPeriod("Requests")).toBe("none");
    expect(unitPeriod("GB")).toBe("none");
  });
});
