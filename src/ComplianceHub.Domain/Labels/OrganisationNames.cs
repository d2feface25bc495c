namespace ComplianceHub.Domain.Labels;

/// <summary>
/// Whether a name declared as an organisation's reads as one: it contains an organisation word (公司, 店, 厂,
/// 行, 部, 中心, 馆, 院, 所, 社, 站, 集团, 旗舰店, 专营店 and the like). A declared organisation whose name has none
/// (李明, 王**) is checked as a person: the declaration alone does not make a person's name public.
/// </summary>
internal static class OrganisationNames
{
    // Single characters, then two-character words packed in pairs, so a lookup allocates nothing. Longer words
    // contain a listed one: 旗舰店 and 专营店 end in 店, 医院 in 院, 驿站 in 站, 工作室 starts with 工作.
    private const string Characters = "店厂行部馆院所社站局仓";

    private const string Pairs = "公司中心集团超市工作商城物流快递学校大学";

    public static bool HasOrganisationWord(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (Characters.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }

            if (i + 1 < name.Length)
            {
                for (var p = 0; p < Pairs.Length; p += 2)
                {
                    if (Pairs[p] == c && Pairs[p + 1] == name[i + 1])
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
