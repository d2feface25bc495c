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

    public static bool Contains(ReadOnlySpan<char> surname)
    {
        if (surname.Length != 2)
        {
            return false;
        }

        for (var i = 0; i < Pairs.Length; i += 2)
        {
            if (Pairs[i] == surname[0] && Pairs[i + 1] == surname[1])
            {
                return true;
            }
        }

        return false;
    }
}
