using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Validation;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// Reads roster rows into <see cref="StaffMember"/>s, collecting every cell error rather than stopping at the
/// first, so one run lists all there is to fix. Blank rows are skipped (they still count in row numbers).
/// </summary>
internal static class StaffSheetParser
{
    public static StaffSheet Parse(IReadOnlyList<SheetRow> rows)
    {
        var errors = new List<RowError>();
        var headerRow = rows.FirstOrDefault(r => !r.IsBlank);
        if (headerRow is null)
        {
            errors.Add(new RowError(1, null, "文件为空，缺少表头 empty file: no header row"));
            return new StaffSheet(null, [], [], errors);
        }

        var headers = HeaderMap.Build(headerRow, StaffColumns.All, errors);
        if (headers is null)
        {
            return new StaffSheet(null, [], [], errors);
        }

        var staff = new List<StaffMember>();
        var rowNumbers = new List<int>();
        foreach (var row in rows.Where(r => r.Number > headerRow.Number && !r.IsBlank))
        {
            headers.CheckUnlabelledCells(row, errors);
            staff.Add(ReadMember(row, headers, errors));
            rowNumbers.Add(row.Number);
        }

        if (staff.Count == 0)
        {
            // An empty roster would tell the hub everyone is gone: refuse it rather than send it.
            errors.Add(new RowError(headerRow.Number, null, "没有数据行 no data rows under the header"));
        }

        return new StaffSheet(headers, staff, rowNumbers, errors);
    }

    private static StaffMember ReadMember(SheetRow row, HeaderMap headers, List<RowError> errors)
    {
        var cells = new RowCells(row, headers, errors);

        // Stand-ins for bad cells: values no roster rule objects to, so each bad cell is reported once (by us).
        var joinedOn = cells.RequiredDate(StaffColumns.JoinedOn) ?? FieldRules.EarliestDate;
        var leftOn = cells.OptionalDate(StaffColumns.LeftOn);
        var closedAt = cells.OptionalInstant(StaffColumns.AccountClosedAt);
        var signedOn = cells.OptionalDate(StaffColumns.NdaSignedOn);
        var expiresOn = cells.OptionalDate(StaffColumns.NdaExpiresOn);
        Nda? nda = null;
        if (signedOn is { } signed)
        {
            nda = new Nda(signed, expiresOn);
        }
        else if (expiresOn is not null && cells.IsEmpty(StaffColumns.NdaSignedOn))
        {
            cells.Error(StaffColumns.NdaSignedOn, "填写了保密协议到期日期却未填签订日期 NDA expiry given without the signing date");
        }

        var handlesPersonalInfo = cells.RequiredFlag(StaffColumns.HandlesPersonalInfo) ?? false;
        var crowdsourced = cells.OptionalFlag(StaffColumns.Crowdsourced) ?? false;
        var account = cells.Text(StaffColumns.Account);
        return new StaffMember(
            cells.Text(StaffColumns.StaffId),
            cells.Text(StaffColumns.Role),
            account.Length == 0 ? null : account,
            joinedOn,
            leftOn,
            closedAt,
            nda,
            handlesPersonalInfo,
            crowdsourced);
    }
}
