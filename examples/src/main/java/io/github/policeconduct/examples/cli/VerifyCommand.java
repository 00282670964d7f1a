package io.github.policeconduct.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import io.github.policeconduct.json.CaseFormatException;
import io.github.policeconduct.json.Receipts;
import io.github.policeconduct.rules.ConductRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conduct verify RECEIPTS|-}: decides every receipt's case again with this library's rulebook, as at the
 * receipt's date, and says per case "same" or exactly what changed (issue 19, item 4): what a force runs after
 * upgrading the library. One receipt per line, as {@code conduct evaluate --receipts} writes them; read a line at a
 * time.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
        "Decides each receipt's case again (conduct evaluate --receipts writes them) with this library's rules, as at "
            + "the receipt's date, and says per case 'same' or what changed: the outcomes open, whether the outcome "
            + "stands, due dates, the timetable, the errors, the rules applied.",
        "A line that is not a receipt is reported on standard error and the others still verified."},
    footer = {"", "Exit status: 0 every case the same; 1 some case changed, or a line is not a receipt; 2 usage error."})
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand
  private ConductCommand parent;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RECEIPTS|-", description = "The receipts (JSON Lines), or - for standard input.")
  private String file;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputStream in;
    try {
      in = InputFiles.open(file, parent.stdin());
    } catch (java.nio.file.FileSystemException e) {
      err.println(e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    long same = 0;
    long changed = 0;
    long bad = 0;
    boolean rulebookChanged = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Receipts.Verification v;
        try {
          v = Receipts.verify(line, file + " line " + n);
        } catch (CaseFormatException e) {
          bad++;
          err.println(e.getMessage());
          continue;
        }
        rulebookChanged |= v.rulebookChanged();
        if (v.same()) {
          same++;
          out.println(ConductCommand.shown(v.caseId()) + ": same");
        } else {
          changed++;
          out.println(ConductCommand.shown(v.caseId()) + ": changed");
          for (String c : v.changes()) {
            out.println("  " + c);
          }
        }
      }
    }
    out.println(same + " same, " + changed + " changed" + (bad > 0 ? ", " + bad + " not receipts" : "")
        + "; verified with police-conduct " + ConductRules.libraryVersion() + ", rulebook "
        + ConductRules.rulebookDigest() + (rulebookChanged ? " (the rulebook differs from the receipts')" : "") + ".");
    out.flush();
    err.flush();
    return changed + bad > 0 ? 1 : 0;
  }
}
