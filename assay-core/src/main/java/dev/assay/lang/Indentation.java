package dev.assay.lang;

/**
 * Python's block structure: NEWLINE at the end of each logical line, INDENT and DEDENT where the
 * indentation of the next logical line grows or shrinks (lines inside brackets, after a backslash,
 * blank or holding only a comment do not count), as the Python reference lexer does.
 */
final class Indentation {
  private final char[] b;
  private final TokenStream.Builder out;
  private int[] stack = new int[16];
  private int top;
  private int brackets;
  private boolean logicalStart = true;
  private boolean hasTokens;
  private int lineStart;

  Indentation(char[] text, TokenStream.Builder out) {
    this.b = text;
    this.out = out;
  }

  void endOfLine(int pos, int line) {
    if (brackets == 0 && hasTokens) {
      out.add(TokenKind.NEWLINE, -1, pos, pos, line);
      hasTokens = false;
      logicalStart = true;
    }
    lineStart = pos + 1;
  }

  /** A backslash joined the next physical line to this logical one. */
  void continuation() {
    // Nothing to emit: the logical line goes on, so no NEWLINE and no indentation check.
  }

  void beforeToken(int pos, int line) {
    if (logicalStart && brackets == 0) {
      int col = column(pos);
      if (col > stack[top]) {
        if (++top == stack.length) {
          stack = java.util.Arrays.copyOf(stack, top * 2);
        }
        stack[top] = col;
        out.add(TokenKind.INDENT, -1, pos, pos, line);
      } else {
        while (col < stack[top]) {
          top--;
          out.add(TokenKind.DEDENT, -1, pos, pos, line);
        }
        if (col != stack[top]) {
          out.problems++; // dedent to a level never opened
        }
      }
      logicalStart = false;
    }
    hasTokens = true;
  }

  void bracket(char c) {
    if (c == '(' || c == '[' || c == '{') {
      brackets++;
    } else if (c == ')' || c == ']' || c == '}') {
      brackets = Math.max(0, brackets - 1);
    }
  }

  void finish(int pos, int line) {
    if (hasTokens) {
      out.add(TokenKind.NEWLINE, -1, pos, pos, line);
    }
    while (top > 0) {
      top--;
      out.add(TokenKind.DEDENT, -1, pos, pos, line);
    }
  }

  private int column(int pos) {
    int col = 0;
    for (int i = Math.max(0, lineStart); i < pos; i++) {
      char c = b[i];
      col = c == '\t' ? (col / 8 + 1) * 8 : c == '\f' ? 0 : col + 1;
    }
    return col;
  }
}
