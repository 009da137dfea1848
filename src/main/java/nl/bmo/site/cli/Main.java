package nl.bmo.site.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.bmo.site.Messages;
import nl.bmo.site.SiteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bmo-site}: builds, checks and previews the bilingual campaign site. */
@Command(
        name = "bmo-site",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds the bilingual campaign site of the Breed Mensenrechten Overleg from Markdown.",
        subcommands = {})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // the most common question needs none of the command line's set-up
            for (String line : VersionProvider.lines()) System.out.println(line);
            System.exit(ExitCodes.OK);
        }
        var usage = UsageTexts.forArguments(args);
        if (usage.isPresent()) {
            // so is help: picocli's own text, written at build time
            System.out.print(usage.get());
            System.out.flush();
            System.exit(ExitCodes.OK);
        }
        // a run of one command sets up only that command (picocli reads every command's annotations when it is added)
        String only = args.length > 0 && Commands.ALL.containsKey(args[0]) && !args[0].equals("help") ? args[0] : null;
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), only)
                .execute(args));
    }

    /**
     * The commands, in the order help lists them; in a holder, so that {@code --version} and {@code --help} load none
     * of picocli (its help command is a Java 5 class, which the class data archive cannot hold).
     */
    private static final class Commands {
        static final Map<String, Supplier<Object>> ALL = commands();
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("build", BuildCommand::new);
        c.put("check", CheckCommand::new);
        c.put("serve", ServeCommand::new);
        c.put("new", NewCommand::new);
        c.put("status", StatusCommand::new);
        c.put("translated", TranslatedCommand::new);
        c.put("help", CommandLine.HelpCommand::new);
        return c;
    }

    /** The configured command line: exit codes 0 ok, 1 site problems, 2 usage, 3 internal error. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /** The command line with every command, or with only the command {@code only} when it is not null. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String only) {
        CommandLine cl = new CommandLine(new Main());
        Commands.ALL.forEach((name, command) -> {
            if (only == null || only.equals(name)) cl.addSubcommand(name, command.get());
        });
        // plain text everywhere, so that help written at build time (UsageTexts) is the same on any terminal
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Console console = new Console(commandLine.getOut(), commandLine.getErr(), messages(parseResult));
            if (ex instanceof SiteException se) {
                console.problems(se.problems());
                if (isVerbose(parseResult)) ex.printStackTrace(commandLine.getErr());
                return ExitCodes.PROBLEMS;
            }
            console.crashed(ex);
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    /** The messages in the language the command asked for ({@code --messages}), else from the environment. */
    private static Messages messages(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult sub = parseResult;
        while (sub.hasSubcommand()) sub = sub.subcommand();
        SourceOption.MessageLanguage flag = sub.matchedOptionValue("--messages", null);
        return Messages.choose(
                flag == null ? null : flag.name(), System.getenv(SourceOption.MESSAGES_VARIABLE), Locale.getDefault());
    }

    private static boolean isVerbose(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult sub = parseResult;
        while (sub.hasSubcommand()) sub = sub.subcommand();
        return sub.hasMatchedOption("--verbose");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
