package goj.cli;

import goj.build.Compiler;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.IncrementInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LineNumber;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.NewMultiArrayInstruction;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.classfile.instruction.NewPrimitiveArrayInstruction;
import java.lang.classfile.instruction.NewReferenceArrayInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code goj tool asm [-func NAME] FILE.go...}: the JVM bytecode of each Go function of a package,
 * read back from the class files goj generates, with the Go source lines interleaved — goj's
 * analog of {@code go tool compile -S}. Functions come in declaration order; each instruction
 * line carries its bytecode offset (hex and decimal) and Go position, as gc's listing does.
 */
@Command(name = "asm", description = "print the JVM bytecode of a package's functions with their Go source lines")
public final class ToolAsmCommand implements Runnable {
    @Option(names = "-func", description = "only the function with this name (methods: Type$Method, closures: outer$funcN)") String func;
    @Parameters(arity = "1..*", paramLabel = "FILE.go") List<Path> files;

    @Override public void run() {
        Compiler.Result r = Compiler.compile(files);
        if (!r.ok()) {
            Diagnostics.print(r.diagnostics(), false);
            throw new Main.ExitException(1);
        }
        String pkg = r.ssa().path();
        ClassModel cls = ClassFile.of().parse(r.classes().get(goj.jvm.CodeGen.className(pkg)));
        Map<String, MethodModel> methods = cls.methods().stream()
                .filter(m -> !m.methodType().stringValue().equals("([Ljava/lang/String;)V")) // the JVM entry point, not a Go function
                .collect(Collectors.toMap(m -> m.methodName().stringValue(), m -> m, (a, b) -> a));
        Sources sources = new Sources();
        int printed = 0;
        for (goj.ssa.Function f : r.ssa().functions()) {
            if (func != null && !f.name().equals(func)) continue;
            MethodModel m = methods.get(f.name());
            if (m == null || m.code().isEmpty()) continue;
            print(System.out, pkg + "." + goName(f.name()), m, f.pos().filename(), sources);
            printed++;
        }
        if (printed == 0) {
            System.err.println("goj tool asm: no function " + func);
            throw new Main.ExitException(1);
        }
    }

    /** gc's name of the function compiled to method {@code name}: {@code init}, {@code init.0}, {@code T.M}, {@code f.func1}. */
    private static String goName(String name) {
        if (name.equals("init$")) return "init";
        if (name.matches("init\\$[0-9]+")) return "init." + (Integer.parseInt(name.substring(5)) - 1);
        return name.replace('$', '.');
    }

    /** The lines of the Go files, read once each; empty for a file that cannot be read. */
    private static final class Sources {
        private final Map<String, List<String>> lines = new HashMap<>();

        String line(String file, int n) {
            List<String> ls = lines.computeIfAbsent(file, f -> {
                try {
                    return Files.readAllLines(Path.of(f), StandardCharsets.ISO_8859_1);
                } catch (IOException | RuntimeException e) {
                    return List.of();
                }
            });
            return n >= 1 && n <= ls.size() ? ls.get(n - 1).strip() : "";
        }
    }

    private static void print(PrintStream out, String goName, MethodModel m, String file, Sources sources) {
        CodeModel code = m.code().orElseThrow();
        CodeAttribute attr = (CodeAttribute) code;
        out.printf(Locale.ROOT, "%s STEXT size=%d max_stack=%d max_locals=%d desc=%s%n", goName, attr.codeLength(),
                attr.maxStack(), attr.maxLocals(), m.methodType().stringValue());
        String base = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
        int bci = 0, line = 0;
        for (CodeElement e : code) {
            switch (e) {
                case LineNumber ln -> {
                    line = ln.line();
                    out.printf(Locale.ROOT, "\t# %s:%d\t%s%n", base, line, sources.line(file, line));
                }
                case Instruction ins -> {
                    String pos = line > 0 ? base + ":" + line : "?";
                    out.printf(Locale.ROOT, "\t0x%04x %05d (%s)\t%s%n", bci, bci, pos, render(ins, attr));
                    bci += ins.sizeInBytes();
                }
                default -> { } // labels, stack maps, exception table entries
            }
        }
    }

    /** One instruction as {@code opcode operands}, with branch targets as bytecode offsets. */
    private static String render(Instruction ins, CodeAttribute attr) {
        String op = ins.opcode().name().toLowerCase(Locale.ROOT);
        return switch (ins) {
            case LoadInstruction l -> l.sizeInBytes() == 1 ? op : op + " " + l.slot();
            case StoreInstruction s -> s.sizeInBytes() == 1 ? op : op + " " + s.slot();
            case IncrementInstruction i -> op + " " + i.slot() + " " + i.constant();
            case ConstantInstruction.IntrinsicConstantInstruction c -> op;
            case ConstantInstruction c -> op + " " + constant(c.constantValue());
            case BranchInstruction b -> op + " " + target(attr, b.target());
            case InvokeInstruction i -> op + " " + i.owner().asInternalName() + "." + i.name().stringValue() + i.type().stringValue();
            case InvokeDynamicInstruction i -> op + " " + i.name().stringValue() + i.typeSymbol().descriptorString();
            case FieldInstruction f -> op + " " + f.owner().asInternalName() + "." + f.name().stringValue() + " " + f.type().stringValue();
            case NewObjectInstruction n -> op + " " + n.className().asInternalName();
            case NewReferenceArrayInstruction n -> op + " " + n.componentType().asInternalName();
            case NewPrimitiveArrayInstruction n -> op + " " + n.typeKind().upperBound().displayName();
            case NewMultiArrayInstruction n -> op + " " + n.arrayType().asInternalName() + " " + n.dimensions();
            case TypeCheckInstruction t -> op + " " + t.type().asInternalName();
            case TableSwitchInstruction t -> op + " " + t.lowValue() + ".." + t.highValue() + " default " + target(attr, t.defaultTarget())
                    + t.cases().stream().map(c -> " " + c.caseValue() + ":" + target(attr, c.target())).collect(Collectors.joining());
            case LookupSwitchInstruction t -> op + " default " + target(attr, t.defaultTarget())
                    + t.cases().stream().map(c -> " " + c.caseValue() + ":" + target(attr, c.target())).collect(Collectors.joining());
            default -> op;
        };
    }

    private static String target(CodeAttribute attr, Label l) {
        return String.format(Locale.ROOT, "0x%04x", attr.labelToBci(l));
    }

    private static String constant(java.lang.constant.ConstantDesc c) {
        return c instanceof String s ? '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"' : String.valueOf(c);
    }
}
