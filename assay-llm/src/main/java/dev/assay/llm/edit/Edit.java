package dev.assay.llm.edit;

import java.util.List;
import java.util.Objects;

/** One proposed change to one file, at a repository-relative path with forward slashes. */
public sealed interface Edit {
  String path();

  /** Replace (or create) the whole file. */
  record WholeFile(String path, String content) implements Edit {
    public WholeFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(content, "content");
    }
  }

  /** Replace each block's SEARCH text, which must occur exactly once, with its REPLACE text. */
  record SearchReplace(String path, List<Block> blocks) implements Edit {
    public SearchReplace {
      Objects.requireNonNull(path, "path");
      blocks = List.copyOf(blocks);
    }
  }

  /** One SEARCH/REPLACE pair; {@code line} is where the block starts in the model's answer. */
  record Block(String search, String replace, int line) {
    public Block {
      Objects.requireNonNull(search, "search");
      Objects.requireNonNull(replace, "replace");
    }
  }
}
