package dev.assay.llm.edit;

import java.util.List;

/**
 * The model's answer could not be parsed or applied. Each problem is one precise sentence meant to
 * be sent back to the model as is; nothing was written.
 */
public final class EditException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public EditException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
