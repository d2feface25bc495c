namespace ComplianceHub.Domain.Labels;

/// <summary>
/// Two-character (compound) surnames, so that 欧阳女士 reads as surname + title while 张三先生
/// reads as a full name + title. Common 复姓 from the Hundred Family Surnames.
/// </summary>
internal static class CompoundSurnames
{
    // Pairs of characters, packed into one string so a lookup allocates nothing.
    private const string Pairs =
        "欧阳司马上官诸葛东方皇甫尉迟公孙慕容长孙宇文司徒夏侯轩辕令狐钟离端木独孤南宫西门" +
        "澹台公冶宗政濮阳太叔申屠闻人赫连呼延万俟司空百里东郭第五拓跋淳于单于仲孙叔孙公羊" +
        "谷梁左丘子车微生梁丘羊舌乐正漆雕壤驷颛孙巫马公西段干东门鲜于闾丘亓官司寇公良";

    // The first characters of the pairs: most two-character names are rejected by this one search.
    private const string FirstCharacters = "欧司上诸东皇尉公慕长宇夏轩令钟端独南西澹宗濮太申闻赫呼万百第拓淳单仲叔谷左子微梁羊乐漆壤颛巫段鲜闾亓";

    public static bool Contains(ReadOnlySpan<char> surname)
    {
        if (surname.Length != 2 || !FirstCharacters.Contains(surname[0], StringComparison.Ordinal))
        {
            return false;
        }

        // A vectorised substring search; a hit at an odd offset straddles two pairs and is skipped.
        var offset = 0;
        while (true)
        {
            var at = Pairs.AsSpan(offset).IndexOf(surname);
            if (at < 0)
            {
                return false;
            }

            if ((offset + at) % 2 == 0)
            {
                return true;
            }

            offset += at + 1;
        }
    }
}
