package dev.assay.provenance;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.notes.NoteMap;

/**
 * Builds a synthetic history for the provenance benchmark (bench/provenance-bench.sh) with JGit:
 * FILES files in directories of 50, a base commit with all of them, then COMMITS commits that each
 * edit K files (replace two lines, insert two). A third of the commits carry a Claude co-author
 * trailer, a tenth of the others a git-ai note on refs/notes/ai, and one in eight is a "Fix"
 * commit. Tags {@code base} and {@code head}. Deterministic (fixed seed and clock).
 *
 * <p>usage: SyntheticHistory DIR COMMITS FILES K
 */
public final class SyntheticHistory {
  private static final int PER_DIR = 50;

  private SyntheticHistory() {}

  public static void main(String[] args) throws Exception {
    File dir = new File(args[0]);
    int commits = Integer.parseInt(args[1]);
    int files = Integer.parseInt(args[2]);
    int k = Integer.parseInt(args[3]);
    Random rnd = new Random(42);
    try (Git git = Git.init().setDirectory(dir).setInitialBranch("main").call();
        ObjectInserter ins = git.getRepository().newObjectInserter()) {
      Repository repo = git.getRepository();
      List<List<String>> content = new ArrayList<>();
      List<TreeMap<String, ObjectId>> dirs = new ArrayList<>();
      ObjectId[] dirTrees = new ObjectId[(files + PER_DIR - 1) / PER_DIR];
      for (int d = 0; d < dirTrees.length; d++) {
        dirs.add(new TreeMap<>());
      }
      for (int f = 0; f < files; f++) {
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < 40; l++) {
          lines.add("    value_" + f + "_" + l + " = compute(" + l + ", " + rnd.nextInt(1000) + ");");
        }
        content.add(lines);
        dirs.get(f / PER_DIR).put(name(f), blob(ins, lines));
      }
      for (int d = 0; d < dirTrees.length; d++) {
        dirTrees[d] = tree(ins, dirs.get(d));
      }
      long time = 1_700_000_000L;
      ObjectId parent = commit(ins, root(ins, dirTrees), null, "Base", "Maya <maya@example.com>", time);
      ObjectId base = parent;
      NoteMap notes = NoteMap.newEmptyMap();
      for (int c = 1; c <= commits; c++) {
        boolean ai = c % 3 == 0;
        boolean fix = c % 8 == 0;
        StringBuilder msg = new StringBuilder(fix ? "Fix wrong value in batch " + c : "Change batch " + c);
        if (ai) {
          msg.append("\n\nCo-authored-by: Claude <noreply@anthropic.com>\n");
        }
        StringBuilder note = new StringBuilder();
        for (int j = 0; j < k; j++) {
          int f = ((c - 1) * k + j) % files;
          List<String> lines = content.get(f);
          for (int r = 0; r < 2; r++) {
            int at = rnd.nextInt(lines.size());
            lines.set(at, "    value_" + f + "_" + at + " = compute(" + at + ", " + rnd.nextInt(100000) + "); // c" + c);
          }
          int ins1 = rnd.nextInt(lines.size());
          lines.add(ins1, "    extra_" + c + "_" + j + " = helper(" + rnd.nextInt(1000) + ");");
          lines.add(ins1 + 1, "    extra_" + c + "_" + j + "_b = helper(" + rnd.nextInt(1000) + ");");
          dirs.get(f / PER_DIR).put(name(f), blob(ins, lines));
          dirTrees[f / PER_DIR] = tree(ins, dirs.get(f / PER_DIR));
          note.append("d").append(f / PER_DIR).append('/').append(name(f)).append("\n  0123456789abcdef ")
              .append(ins1 + 1).append('-').append(ins1 + 2).append('\n');
        }
        time += 60;
        parent = commit(ins, root(ins, dirTrees), parent, msg.toString(), "Dev " + (c % 7) + " <dev" + (c % 7) + "@example.com>", time);
        if (!ai && c % 10 == 1) {
          note.append("---\n{\"schema_version\":\"authorship/3.0.0\",\"base_commit_sha\":\"\",\"prompts\":{\"0123456789abcdef\":"
              + "{\"agent_id\":{\"tool\":\"cursor\",\"id\":\"s\",\"model\":\"gpt-5\"},\"messages\":[]}}}\n");
          notes.set(parent, ins.insert(Constants.OBJ_BLOB, note.toString().getBytes(StandardCharsets.UTF_8)));
        }
      }
      ObjectId notesCommit = commit(ins, notes.writeTree(ins), null, "Notes", "git-ai <n@example.com>", time);
      ins.flush();
      ref(repo, "refs/heads/main", parent);
      ref(repo, "refs/tags/base", base);
      ref(repo, "refs/tags/head", parent);
      ref(repo, "refs/notes/ai", notesCommit);
      git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("main").call();
    }
  }

  private static String name(int f) {
    return String.format("f%05d.py", f);
  }

  private static ObjectId blob(ObjectInserter ins, List<String> lines) throws Exception {
    return ins.insert(Constants.OBJ_BLOB, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static ObjectId tree(ObjectInserter ins, TreeMap<String, ObjectId> entries) throws Exception {
    TreeFormatter t = new TreeFormatter();
    entries.forEach((n, id) -> t.append(n, FileMode.REGULAR_FILE, id));
    return ins.insert(t);
  }

  private static ObjectId root(ObjectInserter ins, ObjectId[] dirTrees) throws Exception {
    TreeFormatter t = new TreeFormatter();
    for (int d = 0; d < dirTrees.length; d++) {
      t.append("d" + d, FileMode.TREE, dirTrees[d]);
    }
    return ins.insert(t);
  }

  private static ObjectId commit(ObjectInserter ins, ObjectId tree, ObjectId parent, String msg, String who, long time)
      throws Exception {
    CommitBuilder b = new CommitBuilder();
    b.setTreeId(tree);
    if (parent != null) {
      b.setParentId(parent);
    }
    String name = who.substring(0, who.indexOf('<')).strip();
    String email = who.substring(who.indexOf('<') + 1, who.indexOf('>'));
    PersonIdent p = new PersonIdent(name, email, time * 1000, 0);
    b.setAuthor(p);
    b.setCommitter(p);
    b.setMessage(msg);
    return ins.insert(b);
  }

  private static void ref(Repository repo, String name, ObjectId id) throws Exception {
    RefUpdate u = repo.updateRef(name);
    u.setNewObjectId(id);
    u.setForceUpdate(true);
    u.update();
  }
}
