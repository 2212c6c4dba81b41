package dev.assay.gate.observability;

import dev.assay.lang.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Cheap text tests run before tokenizing: a file with none of the words a rule looks for cannot
 * yield a finding of that rule, and most files of a whole tree have none. One pass over the chars,
 * trying only the words that start with the char at hand (so the cost does not grow with the
 * number of words, and needs no JIT intrinsic). The words may sit in a string or a comment; the
 * tokenizer sorts that out afterwards. Immutable; thread-safe.
 */
final class Prescreen {
  static final int CATCHES = 1;
  static final int PRINTS = 2;
  static final int HANDLERS = 4;

  private static final Map<Language, Prescreen> BY_LANGUAGE = new EnumMap<>(Language.class);

  static {
    String[] jvmHandlers = {
      "@GetMapping", "@PostMapping", "@PutMapping", "@DeleteMapping", "@PatchMapping",
      "@RequestMapping", "@GET", "@POST", "@PUT", "@DELETE", "@PATCH", "@HEAD", "@OPTIONS", "@Get",
      "@Post", "@Put", "@Delete", "@Patch"
    };
    String[] jsRoutes = {"('/", "(\"/", "(`/"};
    define(Language.JAVA, new String[] {"catch"},
        new String[] {"printStackTrace", "System.out", "System.err"}, jvmHandlers);
    define(Language.KOTLIN, new String[] {"catch"},
        new String[] {"printStackTrace", "System.out", "System.err", "print"}, jvmHandlers);
    define(Language.JAVASCRIPT, new String[] {"catch"}, new String[] {"console."}, jsRoutes);
    define(Language.TYPESCRIPT, new String[] {"catch"}, new String[] {"console."},
        new String[] {"@Get", "@Post", "@Put", "@Delete", "@Patch", "('/", "(\"/", "(`/"});
    define(Language.PYTHON, new String[] {"except"}, new String[] {"print", "traceback."},
        new String[] {".route(", ".get(", ".post(", ".put(", ".delete(", ".patch(",
          ".api_route("});
    define(Language.GO, new String[] {"nil"}, new String[] {"fmt.", "print", "PrintStack"},
        new String[] {"ResponseWriter", "gin.Context", "echo.Context", "fiber.Ctx"});
    define(Language.CSHARP, new String[] {"catch"}, new String[] {"Console."},
        new String[] {"[Http"});
    define(Language.PHP, new String[] {"catch"},
        new String[] {"var_dump", "print_r", "debug_print_backtrace"},
        new String[] {"('/", "(\"/"});
  }

  /** Words by their first char (ASCII), each with the family bit it stands for. */
  private final char[][][] words = new char[128][][];
  private final int[][] bits = new int[128][];

  private Prescreen(String[] catches, String[] prints, String[] handlers) {
    List<List<String>> w = new ArrayList<>();
    List<List<Integer>> b = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      w.add(new ArrayList<>());
      b.add(new ArrayList<>());
    }
    add(w, b, catches, CATCHES);
    add(w, b, prints, PRINTS);
    add(w, b, handlers, HANDLERS);
    for (int i = 0; i < 128; i++) {
      if (!w.get(i).isEmpty()) {
        words[i] = w.get(i).stream().map(String::toCharArray).toArray(char[][]::new);
        bits[i] = b.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  private static void add(List<List<String>> w, List<List<Integer>> b, String[] list, int bit) {
    for (String s : list) {
      w.get(s.charAt(0)).add(s);
      b.get(s.charAt(0)).add(bit);
    }
  }

  private static void define(Language l, String[] catches, String[] prints, String[] handlers) {
    BY_LANGUAGE.put(l, new Prescreen(catches, prints, handlers));
  }

  /** The families ({@link #CATCHES}, {@link #PRINTS}, {@link #HANDLERS}) worth tokenizing for. */
  static int families(Language lang, char[] text, int wanted) {
    return BY_LANGUAGE.get(lang).scan(text, wanted);
  }

  private int scan(char[] text, int wanted) {
    int found = 0;
    int n = text.length;
    for (int p = 0; p < n; p++) {
      char ch = text[p];
      if (ch >= 128 || words[ch] == null) {
        continue;
      }
      char[][] candidates = words[ch];
      for (int k = 0; k < candidates.length; k++) {
        int bit = bits[ch][k];
        if ((found & bit) == 0 && (wanted & bit) != 0 && at(text, p, candidates[k])) {
          found |= bit;
          if (found == wanted) {
            return found;
          }
        }
      }
    }
    return found;
  }

  private static boolean at(char[] text, int p, char[] word) {
    if (p + word.length > text.length) {
      return false;
    }
    for (int i = 1; i < word.length; i++) {
      if (text[p + i] != word[i]) {
        return false;
      }
    }
    return true;
  }
}
