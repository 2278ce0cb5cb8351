using System.Collections;

namespace Anyvc.Harness.Tests;

/// <summary>A user home full of configuration that would change what git, hg and svn do, and an environment pointing at it.</summary>
internal static class Hostile
{
    public static string Home(string path)
    {
        Directory.CreateDirectory(Path.Combine(path, ".subversion"));
        Directory.CreateDirectory(Path.Combine(path, ".config", "git"));
        const string gitconfig = "[user]\n\tname = Hostile\n\temail = hostile@evil.invalid\n[init]\n\tdefaultBranch = hostile\n[core]\n\tautocrlf = true\n\tbare = false\n[i18n]\n\tcommitEncoding = ISO-8859-1\n";
        File.WriteAllText(Path.Combine(path, ".gitconfig"), gitconfig);
        File.WriteAllText(Path.Combine(path, ".config", "git", "config"), gitconfig);
        File.WriteAllText(Path.Combine(path, ".hgrc"),
            "[ui]\nusername =\n[hooks]\npretxncommit = false\nprecommit = false\n[alias]\ncat = log\nlog = status\n[extensions]\nbroken = /nonexistent/broken.py\n[defaults]\ncommit = --amend\n");
        File.WriteAllText(Path.Combine(path, ".subversion", "config"),
            "[miscellany]\nenable-auto-props = yes\nglobal-ignores = *.txt *.bin\n[auto-props]\n* = svn:eol-style=CRLF;svn:needs-lock=*\n");
        File.WriteAllText(Path.Combine(path, ".subversion", "servers"), "[global]\nstore-passwords = yes\nstore-plaintext-passwords = ask\n");
        return path;
    }

    public static IDictionary Outer(string home)
    {
        var outer = new Hashtable(Environment.GetEnvironmentVariables())
        {
            ["HOME"] = home,
            ["XDG_CONFIG_HOME"] = Path.Combine(home, ".config"),
            ["GIT_CONFIG_GLOBAL"] = Path.Combine(home, ".gitconfig"),
            ["HGRCPATH"] = Path.Combine(home, ".hgrc"),
            ["HGUSER"] = "",
            ["EDITOR"] = "false",
            ["GIT_DIR"] = home,
        };
        return outer;
    }
}
