package dev.assay.java.pit;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classes one class file refers to and the source file names it mentions, read from its
 * constant pool: class entries and the {@code L...;} types inside descriptors and signatures. No
 * bytecode library is needed for this, and a malformed file yields what was read before the error.
 *
 * @param name the class's own internal name ({@code org/x/Foo$Bar}), empty if unreadable
 * @param referenced internal names of every class it refers to
 * @param strings every UTF-8 constant, used to recognise the {@code SourceFile} value
 */
record ClassRefs(String name, Set<String> referenced, Set<String> strings) {
  private static final int MAGIC = 0xCAFEBABE;

  ClassRefs {
    referenced = Set.copyOf(referenced);
    strings = Set.copyOf(strings);
  }

  /** Reads a class file; never throws on malformed input, returns what it could read. */
  static ClassRefs read(byte[] bytes) {
    Set<String> refs = new TreeSet<>();
    Set<String> utf = new TreeSet<>();
    String self = "";
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) {
        return new ClassRefs("", Set.of(), Set.of());
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      int[] classIndex = new int[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7 -> classIndex[i] = in.readUnsignedShort();
          case 8, 16, 19, 20 -> in.readUnsignedShort();
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          default -> throw new IOException("unknown constant pool tag " + tag);
        }
      }
      in.readUnsignedShort();
      int thisClass = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        if (classIndex[i] > 0 && classIndex[i] < count && utf8[classIndex[i]] != null) {
          String n = utf8[classIndex[i]];
          refs.add(n.startsWith("[") ? "" : n);
          addDescriptorTypes(n, refs);
        }
        if (utf8[i] != null) {
          utf.add(utf8[i]);
          addDescriptorTypes(utf8[i], refs);
        }
      }
      if (thisClass > 0 && thisClass < count && utf8[classIndex[thisClass]] != null) {
        self = utf8[classIndex[thisClass]];
      }
    } catch (IOException | RuntimeException e) {
      // truncated or odd class file: keep what was read
    }
    refs.remove("");
    refs.remove(self);
    return new ClassRefs(self, refs, utf);
  }

  /** Adds every {@code Lname;} (or {@code Lname<}) type mentioned in a descriptor or signature. */
  private static void addDescriptorTypes(String s, Set<String> out) {
    int i = s.indexOf('L');
    while (i >= 0) {
      boolean start = i == 0 || "([);<>*+-^:".indexOf(s.charAt(i - 1)) >= 0;
      int end = i + 1;
      while (end < s.length() && s.charAt(end) != ';' && s.charAt(end) != '<') {
        char c = s.charAt(end);
        if (!(Character.isJavaIdentifierPart(c) || c == '/' || c == '$')) {
          break;
        }
        end++;
      }
      if (start
          && end < s.length()
          && end > i + 1
          && (s.charAt(end) == ';' || s.charAt(end) == '<')) {
        out.add(s.substring(i + 1, end));
      }
      i = s.indexOf('L', i + 1);
    }
  }
}
