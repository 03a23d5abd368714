package goj.jvm;

import static java.lang.constant.ConstantDescs.CD_Class;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_byte;
import static java.lang.constant.ConstantDescs.CD_char;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_short;
import static java.lang.constant.ConstantDescs.CD_void;

import goj.ssa.BasicBlock;
import goj.ssa.Const;
import goj.ssa.Function;
import goj.ssa.Instr;
import goj.ssa.Param;
import goj.ssa.Program;
import goj.ssa.Value;
import goj.syntax.Operator;
import goj.types.Basic;
import goj.types.Constant;
import goj.types.Tuple;
import goj.types.Type;
import goj.types.Var;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.OperatorInstruction;
import java.lang.classfile.attribute.SourceFileAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the JVM class of one package from its SSA: a public final class named after the
 * import path ({@code main/Package} for package main) with one static method per function, one
 * static field per package-level variable, the package initializer {@code init$} and, for package
 * main, a {@code main(String[])} that starts the runtime.
 *
 * <p>Every SSA value lives in its own JVM local; a phi's local is written on each incoming edge
 * just before the jump, so the method's control flow graph is the SSA graph.
 */
public final class CodeGen {
    private static final java.lang.constant.DirectMethodHandleDesc LAMBDA_METAFACTORY = java.lang.constant.MethodHandleDesc.ofMethod(
            java.lang.constant.DirectMethodHandleDesc.Kind.STATIC, ClassDesc.of("java.lang.invoke.LambdaMetafactory"), "metafactory",
            MethodTypeDesc.of(ClassDesc.of("java.lang.invoke.CallSite"), ClassDesc.of("java.lang.invoke.MethodHandles$Lookup"),
                    CD_String, ClassDesc.of("java.lang.invoke.MethodType"), ClassDesc.of("java.lang.invoke.MethodType"),
                    ClassDesc.of("java.lang.invoke.MethodHandle"), ClassDesc.of("java.lang.invoke.MethodType")));

    /** Bootstrap of a string literal's dynamic constant: the GoString is made once per class and literal. */
    private static final java.lang.constant.DirectMethodHandleDesc STRING_LITERAL = java.lang.constant.MethodHandleDesc.ofMethod(
            java.lang.constant.DirectMethodHandleDesc.Kind.STATIC, JvmTypes.GO_STRING, "literal",
            MethodTypeDesc.of(JvmTypes.GO_STRING, ClassDesc.of("java.lang.invoke.MethodHandles$Lookup"), CD_String, ClassDesc.of("java.lang.Class"), CD_String));

    private static final ClassDesc DEFERS = ClassDesc.of("goj.rt.Defers");
    private static final ClassDesc PREEMPT = ClassDesc.of("goj.rt.Preempt");
    private static final ClassDesc RUNNABLE = ClassDesc.of("java.lang.Runnable");

    /** Loop back-edges taken between two safe points (jvm-facts: strip-mining by about 4096 iterations). */
    private static final int POLL_STRIDE = 4096;

    private final Program prog;
    final ClassDesc self;
    private final String sourceFile;

    private CodeGen(Program prog, String sourceFile) {
        this.prog = prog;
        this.self = ClassDesc.ofInternalName(className(prog.path()));
        this.sourceFile = sourceFile;
    }

    /** The JVM internal name of the class of the package with import path {@code path}. */
    public static String className(String path) { return path + "/Package"; }

    /** Generates the package's class files, keyed by internal name. */
    public static Map<String, byte[]> generate(Program prog, String sourceFile) {
        CodeGen g = new CodeGen(prog, sourceFile);
        Map<String, byte[]> out = new LinkedHashMap<>();
        Map<ClassDesc, Type> structs = g.structs();
        Map<ClassDesc, Type> boxes = g.boxes();
        g.collectImplementers(boxes);
        out.put(className(prog.path()), g.packageClass());
        Map<ClassDesc, Object[]> methodIfaces = new LinkedHashMap<>();
        for (var e : structs.entrySet()) {
            goj.types.Named named = e.getValue() instanceof goj.types.Named n ? n : null;
            out.put(internal(e.getKey()), StructGen.generate(e.getKey(), (goj.types.Struct) e.getValue().underlying(), named, g.self));
            if (named != null) for (var m : named.allMethods()) addMethodIface(methodIfaces, m);
        }
        for (var e : boxes.entrySet()) {
            out.put(internal(e.getKey()), e.getValue() instanceof goj.types.Pointer p && p.elem().underlying() instanceof goj.types.Struct
                    ? IfaceGen.nilBox(e.getKey(), p, g.self) : IfaceGen.box(e.getKey(), e.getValue(), g.self));
            for (var m : IfaceGen.boxMethods(e.getValue())) addMethodIface(methodIfaces, m);
        }
        for (Function f : prog.functions()) for (BasicBlock b : f.blocks()) for (Instr in : b.instrs()) {
            if (in instanceof Instr.Invoke iv) addMethodIface(methodIfaces, iv.method);
            if (in instanceof Instr.TypeAssert ta && ta.asserted.underlying() instanceof goj.types.Interface it) {
                for (var m : it.methods()) addMethodIface(methodIfaces, m);
            }
        }
        for (var e : methodIfaces.entrySet()) {
            if (e.getKey().equals(JvmTypes.GO_ERROR)) continue;
            out.put(internal(e.getKey()), IfaceGen.methodInterface(e.getKey(), (String) e.getValue()[0], (goj.types.Signature) e.getValue()[1]));
        }
        for (goj.types.Signature sig : g.funcInterfaces().values()) {
            ClassDesc c = JvmTypes.funcInterface(sig);
            String name = c.descriptorString();
            out.put(name.substring(1, name.length() - 1), funcInterfaceClass(c, sig));
        }
        for (Tuple t : g.tuples.values()) {
            ClassDesc c = JvmTypes.tupleClass(t);
            out.put(c.descriptorString().substring(1, c.descriptorString().length() - 1), tupleClass(c, t));
        }
        return out;
    }

    /**
     * The classes whose objects this package's interface values of each method interface can hold,
     * in generation order: boxes, and struct classes of the {@code *T} put in interfaces (not their
     * nil boxes, which are rare); goj.rt.GoError is left out, the runtime's errors implement it.
     */
    private final Map<ClassDesc, List<ClassDesc>> implementers = new HashMap<>();

    private void collectImplementers(Map<ClassDesc, Type> boxes) {
        for (var e : boxes.entrySet()) {
            Type t = e.getValue();
            ClassDesc c = isStructPointer(t) ? JvmTypes.structClass(((goj.types.Pointer) t).elem()) : e.getKey();
            for (var m : IfaceGen.boxMethods(t)) addImplementer(m, c);
        }
    }

    private static boolean isStructPointer(Type t) {
        return t instanceof goj.types.Pointer p && p.elem().underlying() instanceof goj.types.Struct;
    }

    private void addImplementer(goj.types.Func m, ClassDesc c) {
        ClassDesc mi = JvmTypes.methodInterface(m.name(), (goj.types.Signature) m.type());
        if (mi.equals(JvmTypes.GO_ERROR)) return;
        List<ClassDesc> cs = implementers.computeIfAbsent(mi, k -> new java.util.ArrayList<>());
        if (!cs.contains(c)) cs.add(c);
    }

    /**
     * Interface calls test the receiver's class against this package's implementers when there
     * are at most this many: a final class's instanceof is one compare, and the call it guards
     * is direct and inlinable, where a megamorphic invokeinterface searches the itable.
     */
    private static final int MAX_GUARDED_IMPLEMENTERS = 8;

    private static String internal(ClassDesc c) {
        String d = c.descriptorString();
        return d.substring(1, d.length() - 1);
    }

    private static void addMethodIface(Map<ClassDesc, Object[]> out, goj.types.Func m) {
        goj.types.Signature sig = (goj.types.Signature) m.type();
        out.putIfAbsent(JvmTypes.methodInterface(m.name(), sig), new Object[] {m.name(), sig});
    }

    /** The types other than basic ones whose values this package puts in interfaces (they need box classes; pointers to structs, nil boxes), by box class. */
    private Map<ClassDesc, Type> boxes() {
        Map<ClassDesc, Type> out = new LinkedHashMap<>();
        for (Function f : prog.functions()) for (BasicBlock b : f.blocks()) for (Instr in : b.instrs()) {
            Type t = switch (in) {
                case Instr.MakeInterface mi -> mi.x.type();
                case Instr.TypeAssert ta -> ta.asserted;
                case Instr.MapGet mg -> mg.key.type();
                case Instr.MapPut mp -> mp.key.type();
                case Instr.MapDelete md -> md.key.type();
                default -> null;
            };
            if (t != null && !(t instanceof Basic) && JvmTypes.ifaceClass(t) != null) {
                out.putIfAbsent(JvmTypes.boxClass(t), t);
            }
        }
        return out;
    }

    /** The struct types this package's code and variables use, by class (fields included, transitively). */
    private Map<ClassDesc, Type> structs() {
        Map<ClassDesc, Type> out = new LinkedHashMap<>();
        for (Var v : prog.globals()) collectStructs(v.type(), out);
        for (Function f : prog.functions()) {
            collectStructs(f.signature(), out);
            for (BasicBlock b : f.blocks()) for (Instr in : b.instrs()) {
                collectStructs(in.type(), out);
                for (Value v : in.operands()) if (v != null) collectStructs(v.type(), out);
                if (in instanceof Instr.TypeAssert ta) collectStructs(ta.asserted, out);
            }
        }
        return out;
    }

    private static void collectStructs(Type t, Map<ClassDesc, Type> out) {
        collectStructs(t, out, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static void collectStructs(Type t, Map<ClassDesc, Type> out, java.util.Set<Type> seen) {
        if (t instanceof goj.types.Named && !seen.add(t)) return; // recursive types
        switch (t) {
            case goj.types.Named n when n.underlying() instanceof goj.types.Struct st -> {
                if (out.putIfAbsent(JvmTypes.structClass(n), n) == null) for (var f : st.fields()) collectStructs(f.type(), out, seen);
            }
            case goj.types.Named n -> collectStructs(n.underlying(), out, seen);
            case goj.types.Struct st -> {
                if (out.putIfAbsent(JvmTypes.structClass(st), st) == null) for (var f : st.fields()) collectStructs(f.type(), out, seen);
            }
            case goj.types.Pointer p -> collectStructs(p.elem(), out, seen);
            case goj.types.Slice sl -> collectStructs(sl.elem(), out, seen);
            case goj.types.Array a -> collectStructs(a.elem(), out, seen);
            case Tuple tu -> { for (var v : tu.vars()) collectStructs(v.type(), out, seen); }
            case goj.types.Signature sig -> { collectStructs(sig.params(), out, seen); collectStructs(sig.results(), out, seen); }
            case goj.types.Chan c -> collectStructs(c.elem(), out, seen);
            case goj.types.MapType m -> { collectStructs(m.key(), out, seen); collectStructs(m.elem(), out, seen); }
            default -> { }
        }
    }

    /** The func types this package uses, by functional interface. */
    private Map<ClassDesc, goj.types.Signature> funcInterfaces() {
        Map<ClassDesc, goj.types.Signature> out = new LinkedHashMap<>();
        for (Function f : prog.functions()) {
            for (BasicBlock b : f.blocks()) for (Instr in : b.instrs()) {
                addFunc(in.type(), out);
                for (Value v : in.operands()) if (v != null) addFunc(v.type(), out);
            }
            for (var p : f.params()) addFunc(p.type(), out);
            for (var r : f.signature().results().vars()) addFunc(r.type(), out);
        }
        for (Var v : prog.globals()) addFunc(v.type(), out);
        return out;
    }

    private static void addFunc(Type t, Map<ClassDesc, goj.types.Signature> out) {
        addFunc(t, out, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static void addFunc(Type t, Map<ClassDesc, goj.types.Signature> out, java.util.Set<Type> seen) {
        if (t instanceof goj.types.Named && !seen.add(t)) return; // recursive types
        switch (t.underlying()) {
            case goj.types.Signature sig -> {
                if (out.putIfAbsent(JvmTypes.funcInterface(sig), sig) == null) {
                    for (var v : sig.params().vars()) addFunc(v.type(), out, seen);
                    for (var v : sig.results().vars()) addFunc(v.type(), out, seen);
                }
            }
            case goj.types.Slice sl -> addFunc(sl.elem(), out, seen);
            case goj.types.Array a -> addFunc(a.elem(), out, seen);
            case goj.types.Pointer p -> addFunc(p.elem(), out, seen);
            case goj.types.Chan c -> addFunc(c.elem(), out, seen);
            case goj.types.MapType m -> { addFunc(m.key(), out, seen); addFunc(m.elem(), out, seen); }
            case Tuple tu -> { for (var v : tu.vars()) addFunc(v.type(), out, seen); }
            case goj.types.Struct st -> { for (var f : st.fields()) addFunc(f.type(), out, seen); }
            default -> { }
        }
    }

    private static byte[] funcInterfaceClass(ClassDesc self, goj.types.Signature sig) {
        return JvmTypes.CLASSFILE.build(self, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_INTERFACE | ClassFile.ACC_ABSTRACT);
            clb.withMethod("call", JvmTypes.methodDesc(sig), ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT, mb -> { });
        });
    }

    /** Tuple shapes this package uses, by class. */
    private final Map<ClassDesc, Tuple> tuples = new LinkedHashMap<>();

    private void useTuple(Type t) {
        if (t instanceof Tuple tu && tu.size() > 1) tuples.putIfAbsent(JvmTypes.tupleClass(tu), tu);
    }

    private static byte[] tupleClass(ClassDesc self, Tuple t) {
        ClassDesc[] fields = new ClassDesc[t.size()];
        for (int i = 0; i < fields.length; i++) fields[i] = JvmTypes.tupleField(t.at(i).type());
        return JvmTypes.CLASSFILE.build(self, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            for (int i = 0; i < fields.length; i++) clb.withField("r" + i, fields[i], ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
            clb.withMethodBody("<init>", MethodTypeDesc.of(CD_void, fields), ClassFile.ACC_PUBLIC, cb -> {
                cb.aload(0);
                cb.invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void));
                for (int i = 0; i < fields.length; i++) {
                    cb.aload(0);
                    cb.loadLocal(TypeKind.from(fields[i]), cb.parameterSlot(i));
                    cb.putfield(self, "r" + i, fields[i]);
                }
                cb.return_();
            });
        });
    }

    private byte[] packageClass() {
        return JvmTypes.CLASSFILE.build(self, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            clb.with(SourceFileAttribute.of(sourceFile)); // the Go file's path, as gc's tracebacks print it
            for (Var v : prog.globals()) {
                if (!v.name().equals("_")) clb.withField(v.name(), JvmTypes.desc(v.type()), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC);
            }
            clb.withMethodBody("<clinit>", MethodTypeDesc.of(CD_void), ClassFile.ACC_STATIC, cb -> {
                for (Var v : prog.globals()) {
                    if (v.name().equals("_") || JvmTypes.kind(v.type()) != TypeKind.REFERENCE) continue;
                    if (!StructGen.zeroValue(cb, v.type())) continue;
                    cb.putstatic(self, v.name(), JvmTypes.desc(v.type()));
                }
                cb.return_();
            });
            for (Function f : prog.functions()) {
                // wrappers are synthetic: goj.rt.Defers.recover looks through them
                clb.withMethodBody(JvmTypes.jvmName(f.name()), JvmTypes.methodDesc(f.signature()),
                        ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | (f.wrapper() ? ClassFile.ACC_SYNTHETIC : 0),
                        cb -> new FuncGen(f, cb).gen());
            }
            if (prog.path().equals("main")) {
                clb.withMethodBody("main", MethodTypeDesc.of(CD_void, CD_String.arrayType()), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, cb -> {
                    cb.ldc(self);
                    cb.aload(0);
                    cb.invokestatic(JvmTypes.RUNTIME, "start", MethodTypeDesc.of(CD_void, CD_Class, CD_String.arrayType()));
                    cb.return_();
                });
            }
        });
    }

    /** Code generation of one function. */
    private final class FuncGen {
        private final Function fn;
        private final CodeBuilder cb;
        private final Map<Integer, Integer> slots = new HashMap<>();
        private final Map<BasicBlock, Label> labels = new HashMap<>();
        /** Each reachable block's position in reverse postorder: a jump to a position not after its own is a retreating edge. */
        private final Map<BasicBlock, Integer> order = new HashMap<>();
        private int line = -1;

        FuncGen(Function fn, CodeBuilder cb) {
            this.fn = fn;
            this.cb = cb;
        }

        /** With defers: the local holding the goj.rt.Defers of this activation. */
        private int defers = -1;

        /** With loops: the local counting retreating edges down to the next safe point (see {@link #jump}). */
        private int untilPoll = -1;

        void gen() {
            for (Param p : fn.params()) slots.put(p.id(), cb.parameterSlot(p.index));
            for (BasicBlock b : fn.blocks()) labels.put(b, cb.newLabel());
            for (BasicBlock b : fn.reversePostorder()) order.put(b, order.size());
            for (BasicBlock b : fn.blocks()) for (Instr in : b.instrs()) for (Value v : in.operands()) if (v != null) uses.merge(v, 1, Integer::sum);
            for (BasicBlock b : fn.blocks()) {
                fuseComparison(b);
                for (Instr in : b.instrs()) if (in instanceof Instr.BinOp c && isConcat(c)) for (Value v : c.operands()) absorbConcat(v, b);
            }
            if (hasRetreatingEdge()) {
                untilPoll = cb.allocateLocal(TypeKind.INT);
                cb.loadConstant(POLL_STRIDE);
                cb.istore(untilPoll);
            }
            Label tryStart = cb.newLabel(), tryEnd = cb.newLabel(), handler = cb.newLabel();
            if (fn.hasDefer()) {
                defers = cb.allocateLocal(TypeKind.REFERENCE);
                cb.new_(DEFERS);
                cb.dup();
                cb.invokespecial(DEFERS, "<init>", MethodTypeDesc.of(CD_void));
                cb.astore(defers);
                for (Value v : fn.resultCells()) { // definitely assigned for the handler's frame
                    if (v == null) continue;
                    cb.aconst_null();
                    cb.astore(slot(v));
                }
                cb.labelBinding(tryStart);
            }
            for (BasicBlock b : fn.blocks()) {
                cb.labelBinding(labels.get(b));
                for (Instr in : b.instrs()) instr(in);
            }
            if (fn.hasDefer()) {
                cb.labelBinding(tryEnd);
                cb.labelBinding(handler);
                int t = cb.allocateLocal(TypeKind.REFERENCE);
                cb.astore(t);
                cb.aload(defers);
                cb.aload(t);
                cb.invokevirtual(DEFERS, "unwind", MethodTypeDesc.of(CD_void, ClassDesc.of("java.lang.Throwable")));
                recoveredReturn();
                cb.exceptionCatchAll(tryStart, tryEnd, handler);
            }
        }

        /**
         * Comparisons of numbers or booleans whose only use is the If ending their block: emitted
         * there as one conditional jump, with no boolean in between. They cannot panic, so moving
         * them past the block's other instructions changes nothing.
         */
        private final java.util.Set<Instr.BinOp> fused = new java.util.HashSet<>();

        private void fuseComparison(BasicBlock b) {
            if (!(b.instrs().getLast() instanceof Instr.If i) || !(i.cond instanceof Instr.BinOp c) || c.block() != b) return;
            if (!switch (c.op) { case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true; default -> false; }) return;
            for (Value v : c.operands()) {
                if (!(v.type().underlying() instanceof Basic vb) || vb.isString() || vb.isComplex() || JvmTypes.kind(v.type()) == TypeKind.REFERENCE) return;
            }
            if (uses.get(c) == 1) fused.add(c);
        }

        /** How many operands of this function's instructions name each value. */
        private final Map<Value, Integer> uses = new java.util.IdentityHashMap<>();

        /**
         * String concatenations that are an operand of another concatenation in their block and
         * used nowhere else: their operands join that one's, so {@code a + b + c + d} copies the
         * bytes once ({@code GoString.concat(GoString[])}), as gc's concatstrings does.
         */
        private final java.util.Set<Instr.BinOp> absorbed = new java.util.HashSet<>();

        private static boolean isConcat(Instr in) {
            return in instanceof Instr.BinOp c && c.op == Operator.ADD && c.x.type().underlying() instanceof Basic b && b.isString();
        }

        private void absorbConcat(Value v, BasicBlock b) {
            if (v instanceof Instr.BinOp c && isConcat(c) && c.block() == b && uses.get(c) == 1) absorbed.add(c);
        }

        /** The operands of concatenation {@code v}, its absorbed concatenations' included, in order. */
        private void concatOperands(Value v, List<Value> out) {
            if (v instanceof Instr.BinOp c && absorbed.contains(c)) {
                concatOperands(c.x, out);
                concatOperands(c.y, out);
            } else {
                out.add(v);
            }
        }

        /** Jumps to {@code target} unless comparison {@code c} holds (see {@link #fused}). */
        private void branchUnless(Instr.BinOp c, Label target) {
            Basic b = JvmTypes.basic(c.x.type());
            TypeKind k = JvmTypes.kind(c.x.type());
            boolean unsigned = unsignedOps(b, k);
            boolean greater = c.op == Operator.GTR || c.op == Operator.GEQ;
            // an induction variable kept in an int, against an int-sized bound: an int comparison
            boolean narrow = k == TypeKind.LONG && !unsigned && fitsInt(c.x) && fitsInt(c.y)
                    && (c.x instanceof Instr ix && ix.int32 || c.y instanceof Instr iy && iy.int32);
            if (narrow) {
                loadInt(c.x);
                loadInt(c.y);
            } else {
                load(c.x);
                load(c.y);
            }
            if (narrow || k != TypeKind.LONG && k != TypeKind.FLOAT && k != TypeKind.DOUBLE && !unsigned) {
                cb.branch(switch (c.op) {
                    case EQL -> Opcode.IF_ICMPNE;
                    case NEQ -> Opcode.IF_ICMPEQ;
                    case LSS -> Opcode.IF_ICMPGE;
                    case LEQ -> Opcode.IF_ICMPGT;
                    case GTR -> Opcode.IF_ICMPLE;
                    default -> Opcode.IF_ICMPLT;
                }, target);
                return;
            }
            threeWay(k, unsigned, greater);
            cb.branch(switch (c.op) {
                case EQL -> Opcode.IFNE;
                case NEQ -> Opcode.IFEQ;
                case LSS -> Opcode.IFGE;
                case LEQ -> Opcode.IFGT;
                case GTR -> Opcode.IFLE;
                default -> Opcode.IFLT;
            }, target);
        }

        private boolean hasRetreatingEdge() {
            for (BasicBlock b : order.keySet()) for (BasicBlock s : b.succs()) if (polled(b, s)) return true;
            return false;
        }

        /**
         * Whether edge {@code from → to} gets a safe point: retreating edges, except those of an
         * innermost loop that increment an induction variable goj.ssa.NarrowInduction bounded. Such
         * a loop runs at most 2^31 times before it leaves, so a cycle that never ends passes a polled
         * edge; and as it encloses no other loop, it cannot multiply its bound by another's (nested
         * bounded loops without polls could keep a carrier for minutes).
         */
        private boolean polled(BasicBlock from, BasicBlock to) {
            int head = order.get(to), tail = order.get(from);
            if (head > tail) return false;
            return !(incrementsBoundedInduction(from, to) && !enclosesLoop(head, tail, to));
        }

        private static boolean incrementsBoundedInduction(BasicBlock from, BasicBlock to) {
            int edge = to.preds().indexOf(from);
            for (Instr in : to.instrs()) {
                if (!(in instanceof Instr.Phi phi)) break;
                if (phi.int32 && phi.edges.get(edge) instanceof Instr.BinOp add && add.int32 && add.x == phi) return true;
            }
            return false;
        }

        /** Whether the blocks ordered from {@code head} to {@code tail} hold a retreating edge to another header than {@code header}: a nested loop. */
        private boolean enclosesLoop(int head, int tail, BasicBlock header) {
            for (BasicBlock b : order.keySet()) {
                int ob = order.get(b);
                if (ob < head || ob > tail) continue;
                for (BasicBlock s : b.succs()) {
                    int os = order.get(s);
                    if (s != header && os <= ob && os >= head) return true;
                }
            }
            return false;
        }

        /**
         * The edge {@code from → to}: phi copies, then the jump. Every cycle of the control flow
         * graph contains a retreating edge of the reverse postorder (also with {@code goto}), so a
         * safe point ({@code goj.rt.Preempt.poll}) on them ({@link #polled}) keeps a loop without
         * calls from starving the other goroutines; forward edges laid out backwards (a loop's
         * exit) get none. The safe
         * point is strip-mined: a retreating edge counts {@link #untilPoll} down and polls only
         * every {@link #POLL_STRIDE}th time, so the loop has a hot back-edge without the poll's
         * memory barrier, which the JIT makes an inner loop of its own (loads of loop-invariant
         * fields hoisted, vectorized where it can).
         */
        private void jump(BasicBlock from, BasicBlock to) {
            phiCopies(from, to);
            if (polled(from, to)) {
                cb.iinc(untilPoll, -1);
                cb.iload(untilPoll);
                cb.ifgt(labels.get(to));
                cb.invokestatic(PREEMPT, "poll", MethodTypeDesc.of(CD_void));
                cb.loadConstant(POLL_STRIDE);
                cb.istore(untilPoll);
            }
            cb.goto_(labels.get(to));
        }

        /** After a recovered panic: return the named results' current values, or zero values. */
        private void recoveredReturn() {
            Tuple results = fn.signature().results();
            boolean named = !fn.resultCells().isEmpty();
            if (results.size() == 0) {
                cb.return_();
                return;
            }
            ClassDesc tc = results.size() > 1 ? JvmTypes.tupleClass(results) : null;
            if (tc != null) {
                useTuple(results);
                cb.new_(tc);
                cb.dup();
            }
            ClassDesc[] fields = new ClassDesc[results.size()];
            for (int i = 0; i < results.size(); i++) {
                Type t = results.at(i).type();
                fields[i] = JvmTypes.tupleField(t);
                Value cell = named ? fn.resultCells().get(i) : null;
                if (cell != null && t.underlying() instanceof goj.types.Struct) {
                    cb.aload(slot(cell));
                } else if (cell != null) {
                    cb.aload(slot(cell));
                    cb.invokevirtual(JvmTypes.pointerClass(t), "get", MethodTypeDesc.of(JvmTypes.cellField(t)));
                    if (JvmTypes.cellField(t).equals(CD_Object)) cb.checkcast(JvmTypes.desc(t));
                } else if (!(JvmTypes.kind(t) == TypeKind.REFERENCE && StructGen.zeroValue(cb, t))) {
                    constantZero(t);
                }
            }
            if (tc != null) {
                cb.invokespecial(tc, "<init>", MethodTypeDesc.of(CD_void, fields));
                cb.areturn();
            } else {
                cb.return_(JvmTypes.kind(results.at(0).type()));
            }
        }

        /** The JVM kind of v's local: an int for the values goj.ssa.NarrowInduction proved to fit one. */
        private static TypeKind localKind(Value v) {
            return v instanceof Instr in && in.int32 ? TypeKind.INT : JvmTypes.kind(v.type());
        }

        private int slot(Value v) {
            return slots.computeIfAbsent(v.id(), id -> cb.allocateLocal(localKind(v)));
        }

        private void load(Value v) {
            if (v instanceof Const c) {
                constant(c.value, c.type());
                return;
            }
            cb.loadLocal(localKind(v), slot(v));
            if (localKind(v) != JvmTypes.kind(v.type())) cb.i2l();
        }

        /** Whether 64-bit integer v is known to fit an int: proved by NarrowInduction, a constant that does, or a len. */
        private static boolean fitsInt(Value v) {
            return v instanceof Instr in && in.int32
                    || v instanceof Const c && c.value instanceof Constant.Int n && n.value().bitLength() < 32
                    || v instanceof Instr.BuiltinCall bc && bc.builtin == goj.types.Builtin.Id.LEN;
        }

        /** Pushes integer v, which {@link #fitsInt fits an int}, as an int. */
        private void loadInt(Value v) {
            if (v instanceof Const c) {
                cb.loadConstant(((Constant.Int) c.value).value().intValue());
            } else if (v instanceof Instr in && in.int32) {
                cb.iload(slot(v));
            } else {
                load(v);
                if (JvmTypes.kind(v.type()) == TypeKind.LONG) cb.l2i();
            }
        }

        private void storeResult(Instr in) {
            if (in.type() instanceof Tuple t && t.size() == 0) return;
            cb.storeLocal(JvmTypes.kind(in.type()), slot(in));
        }

        private void constant(Constant c, Type t) {
            if (c == null) {
                cb.aconst_null();
                return;
            }
            Basic b = JvmTypes.basic(t);
            switch (JvmTypes.kind(t)) {
                case BOOLEAN -> cb.loadConstant(((Constant.Bool) c).value() ? 1 : 0);
                case INT -> cb.loadConstant(number(c).intValue());
                case LONG -> cb.loadConstant(number(c).longValue());
                case FLOAT -> cb.loadConstant(number(c).floatValue());
                case DOUBLE -> cb.loadConstant(number(c).doubleValue());
                case REFERENCE -> {
                    if (b.isComplex()) {
                        complexConstant(c, t);
                        return;
                    }
                    if (!b.isString()) throw new IllegalStateException("constant of type " + t);
                    String latin1 = ((Constant.Str) c).latin1();
                    cb.ldc(java.lang.constant.DynamicConstantDesc.ofNamed(STRING_LITERAL, "s", JvmTypes.GO_STRING, latin1));
                }
                default -> throw new IllegalStateException("constant of type " + t);
            }
        }

        /** Pushes a new complex64/complex128 object with constant {@code c}'s parts. */
        private void complexConstant(Constant c, Type t) {
            Constant re = c instanceof Constant.Complex z ? z.re() : c, im = c instanceof Constant.Complex z ? z.im() : Constant.of(0);
            ClassDesc cd = JvmTypes.desc(t);
            boolean single = cd.equals(JvmTypes.COMPLEX64);
            cb.new_(cd);
            cb.dup();
            if (single) {
                cb.loadConstant(number(re).floatValue());
                cb.loadConstant(number(im).floatValue());
            } else {
                cb.loadConstant(number(re).doubleValue());
                cb.loadConstant(number(im).doubleValue());
            }
            cb.invokespecial(cd, "<init>", MethodTypeDesc.of(CD_void, single ? CD_float : CD_double, single ? CD_float : CD_double));
        }

        private BigDecimal number(Constant c) {
            return switch (c) {
                case Constant.Int i -> new BigDecimal(i.value());
                case Constant.Float f -> f.value();
                default -> throw new IllegalStateException("not a number: " + c);
            };
        }

        private void instr(Instr in) {
            try {
                instr0(in);
            } catch (goj.ssa.Unsupported | goj.syntax.InternalCompilerError e) {
                throw e;
            } catch (RuntimeException e) {
                throw new goj.syntax.InternalCompilerError(in.pos() != null ? in.pos() : fn.pos(), e);
            }
        }

        private void instr0(Instr in) {
            if (in.pos() != null && in.pos().isKnown() && in.pos().line() != line) {
                line = in.pos().line();
                cb.lineNumber(line);
            }
            switch (in) {
                case Instr.Phi phi -> { } // written on the incoming edges
                case Instr.BinOp op when fused.contains(op) || absorbed.contains(op) -> { } // emitted by their user
                case Instr.BinOp op when op.int32 -> { // an induction variable's increment, proved not to overflow an int
                    loadInt(op.x);
                    loadInt(op.y);
                    cb.iadd();
                    cb.istore(slot(op));
                }
                case Instr.BinOp op -> { binop(op); storeResult(op); }
                case Instr.UnOp op -> { unop(op); storeResult(op); }
                case Instr.Convert cv -> { convert(cv.x, cv.type()); storeResult(cv); }
                case Instr.Call call -> {
                    useTuple(call.type());
                    for (Value a : call.args) load(a);
                    if (call.callee.isMethod()) {
                        cb.invokestatic(self, JvmTypes.jvmName(goj.ssa.Builder.methodName(call.callee)), JvmTypes.methodDesc(goj.ssa.Builder.withReceiver(call.callee)));
                    } else {
                        cb.invokestatic(self, call.callee.name().equals("init") ? initName(call) : JvmTypes.jvmName(call.callee.name()),
                                JvmTypes.methodDesc((goj.types.Signature) call.callee.type()));
                    }
                    storeResult(call);
                }
                case Instr.BuiltinCall bc -> { builtin(bc); storeResult(bc); }
                case Instr.Extract x -> {
                    load(x.tuple);
                    cb.getfield(JvmTypes.tupleClass((Tuple) x.tuple.type()), "r" + x.index, JvmTypes.tupleField(x.type()));
                    if (!JvmTypes.tupleField(x.type()).equals(JvmTypes.desc(x.type()))) cb.checkcast(JvmTypes.desc(x.type()));
                    storeResult(x);
                }
                case Instr.Index ix -> { index(ix); storeResult(ix); }
                case Instr.IndexStore st -> indexStore(st);
                case Instr.SliceOp so -> { sliceOp(so); storeResult(so); }
                case Instr.MakeSlice ms -> {
                    goj.types.Type elem = ((goj.types.Slice) ms.type().underlying()).elem();
                    componentClass(elem);
                    load(ms.len);
                    load(ms.cap != null ? ms.cap : ms.len);
                    zeroElem(elem);
                    cb.invokestatic(JvmTypes.SLICES, "make", MethodTypeDesc.of(JvmTypes.SLICE, CD_Class, CD_long, CD_long, CD_Object));
                    storeResult(ms);
                }
                case Instr.MakeArray ma -> {
                    goj.types.Array at = (goj.types.Array) ma.type().underlying();
                    componentClass(at.elem());
                    cb.loadConstant(at.len());
                    zeroElem(at.elem());
                    cb.invokestatic(JvmTypes.SLICES, "newArray", MethodTypeDesc.of(CD_Object, CD_Class, CD_long, CD_Object));
                    cb.checkcast(JvmTypes.desc(ma.type()));
                    storeResult(ma);
                }
                case Instr.CloneArray ca -> {
                    load(ca.x);
                    cb.invokestatic(JvmTypes.SLICES, "cloneArray", MethodTypeDesc.of(CD_Object, CD_Object));
                    cb.checkcast(JvmTypes.desc(ca.type()));
                    storeResult(ca);
                }
                case Instr.WrapArray wa -> {
                    load(wa.array);
                    cb.invokestatic(JvmTypes.SLICES, "wrap", MethodTypeDesc.of(JvmTypes.SLICE, CD_Object));
                    storeResult(wa);
                }
                case Instr.DecodeRune dr -> {
                    load(dr.s);
                    load(dr.index);
                    cb.l2i();
                    cb.invokestatic(ClassDesc.of("goj.rt.Utf8"), "decode", MethodTypeDesc.of(CD_long, JvmTypes.GO_STRING, CD_int));
                    storeResult(dr);
                }
                case Instr.NewStruct ns -> {
                    ClassDesc c = JvmTypes.structClass(ns.type());
                    cb.new_(c);
                    cb.dup();
                    cb.invokespecial(c, "<init>", MethodTypeDesc.of(CD_void));
                    storeResult(ns);
                }
                case Instr.Field f -> {
                    load(f.x);
                    cb.getfield(structOwner(f.x.type()), JvmTypes.fieldName(f.struct, f.index), JvmTypes.desc(f.type()));
                    storeResult(f);
                }
                case Instr.FieldStore f -> {
                    load(f.x);
                    load(f.value);
                    cb.putfield(structOwner(f.x.type()), JvmTypes.fieldName(f.struct, f.index), JvmTypes.desc(f.struct.fields().get(f.index).type()));
                }
                case Instr.CopyStruct c -> {
                    load(c.x);
                    ClassDesc sc = JvmTypes.structClass(c.type());
                    cb.invokevirtual(sc, "copy", MethodTypeDesc.of(ClassDesc.of("goj.rt.GoStruct")));
                    cb.checkcast(sc);
                    storeResult(c);
                }
                case Instr.AssignStruct a -> {
                    ClassDesc sc = structOwner(a.dst.type());
                    load(a.dst);
                    load(a.src);
                    cb.invokevirtual(sc, "assign", MethodTypeDesc.of(CD_void, sc));
                }
                case Instr.NewCell nc -> {
                    goj.types.Type t = ((goj.types.Pointer) nc.type().underlying()).elem();
                    ClassDesc c = JvmTypes.cellClass(t);
                    cb.new_(c);
                    cb.dup();
                    cb.invokespecial(c, "<init>", MethodTypeDesc.of(CD_void));
                    cb.dup();
                    load(nc.init);
                    cb.putfield(c, "v", JvmTypes.cellField(t));
                    storeResult(nc);
                }
                case Instr.CellGet g -> {
                    load(g.cell);
                    cb.invokevirtual(JvmTypes.pointerClass(g.type()), "get", MethodTypeDesc.of(JvmTypes.cellField(g.type())));
                    if (JvmTypes.cellField(g.type()).equals(CD_Object)) cb.checkcast(JvmTypes.desc(g.type()));
                    storeResult(g);
                }
                case Instr.CellSet cs -> {
                    goj.types.Type t = ((goj.types.Pointer) cs.cell.type().underlying()).elem();
                    load(cs.cell);
                    load(cs.value);
                    cb.invokevirtual(JvmTypes.pointerClass(t), "set", MethodTypeDesc.of(CD_void, JvmTypes.cellField(t)));
                }
                case Instr.NilCheck nc -> {
                    load(nc.x);
                    cb.invokestatic(ClassDesc.of("java.util.Objects"), "requireNonNull", MethodTypeDesc.of(CD_Object, CD_Object));
                    cb.checkcast(JvmTypes.desc(nc.type()));
                    storeResult(nc);
                }
                case Instr.ElemAddr ea -> { elemAddr(ea); storeResult(ea); }
                case Instr.FieldAddr fa -> {
                    goj.types.Type t = ((goj.types.Pointer) fa.type()).elem();
                    ClassDesc c = ClassDesc.of("goj.rt.FieldPointers$" + JvmTypes.pointerClass(t).displayName().substring("Pointers$".length()));
                    ClassDesc vh = ClassDesc.of("java.lang.invoke.VarHandle");
                    cb.new_(c);
                    cb.dup();
                    if (fa.x == null) {
                        cb.aconst_null();
                        cb.ldc(java.lang.invoke.VarHandle.VarHandleDesc.ofStaticField(self, fa.global.name(), JvmTypes.desc(fa.global.type())));
                    } else {
                        load(fa.x); // &x.f of a nil x panics now
                        cb.invokestatic(ClassDesc.of("java.util.Objects"), "requireNonNull", MethodTypeDesc.of(CD_Object, CD_Object));
                        cb.ldc(java.lang.invoke.VarHandle.VarHandleDesc.ofField(structOwner(fa.x.type()), JvmTypes.fieldName(fa.struct, fa.index),
                                JvmTypes.desc(fa.struct.fields().get(fa.index).type())));
                    }
                    cb.invokespecial(c, "<init>", MethodTypeDesc.of(CD_void, CD_Object, vh));
                    storeResult(fa);
                }
                case Instr.MakeClosure mc -> {
                    goj.types.Signature sig = (goj.types.Signature) mc.type().underlying();
                    ClassDesc fi = JvmTypes.funcInterface(sig);
                    ClassDesc[] caps = new ClassDesc[mc.captures.size()];
                    for (int i = 0; i < caps.length; i++) {
                        load(mc.captures.get(i));
                        caps[i] = JvmTypes.desc(mc.captures.get(i).type());
                    }
                    MethodTypeDesc sam = JvmTypes.methodDesc(sig);
                    ClassDesc[] implParams = new ClassDesc[caps.length + sam.parameterCount()];
                    System.arraycopy(caps, 0, implParams, 0, caps.length);
                    for (int i = 0; i < sam.parameterCount(); i++) implParams[caps.length + i] = sam.parameterType(i);
                    var impl = java.lang.constant.MethodHandleDesc.ofMethod(java.lang.constant.DirectMethodHandleDesc.Kind.STATIC,
                            self, JvmTypes.jvmName(mc.method), MethodTypeDesc.of(sam.returnType(), implParams));
                    cb.invokedynamic(java.lang.constant.DynamicCallSiteDesc.of(LAMBDA_METAFACTORY, "call",
                            MethodTypeDesc.of(fi, caps), sam, impl, sam));
                    storeResult(mc);
                }
                case Instr.CallValue cv -> {
                    goj.types.Signature sig = (goj.types.Signature) cv.fn.type().underlying();
                    useTuple(cv.type());
                    load(cv.fn);
                    for (Value a : cv.args) load(a);
                    cb.invokeinterface(JvmTypes.funcInterface(sig), "call", JvmTypes.methodDesc(sig));
                    storeResult(cv);
                }
                case Instr.MakeInterface mi -> { toInterface(mi.x, mi.type(), mi.pos()); storeResult(mi); }
                case Instr.MakeMap mm -> {
                    cb.new_(JvmTypes.GO_MAP);
                    cb.dup();
                    load(mm.hint);
                    cb.loadConstant(intKeys(mm.type()) ? 1 : 0);
                    cb.invokespecial(JvmTypes.GO_MAP, "<init>", MethodTypeDesc.of(CD_void, CD_long, CD_boolean));
                    storeResult(mm);
                }
                case Instr.MapGet mg -> {
                    load(mg.map);
                    mapCall("get", mg.map, mg.key, mg.pos());
                    received(mg.commaOk, mg.type(), ((goj.types.MapType) mg.map.type().underlying()).elem());
                    storeResult(mg);
                }
                case Instr.MapPut mp -> {
                    load(mp.map);
                    mapCall("put", mp.map, mp.key, mp.pos(), mp.value);
                }
                case Instr.MapDelete md -> {
                    load(md.map);
                    mapCall("delete", md.map, md.key, md.pos());
                }
                case Instr.MapKeys mk -> {
                    load(mk.map);
                    cb.invokestatic(JvmTypes.GO_MAP, "keys", MethodTypeDesc.of(JvmTypes.SLICE, JvmTypes.GO_MAP));
                    storeResult(mk);
                }
                case Instr.MapHas mh -> {
                    load(mh.map);
                    load(mh.key);
                    cb.invokestatic(JvmTypes.GO_MAP, "has", MethodTypeDesc.of(CD_boolean, JvmTypes.GO_MAP, CD_Object));
                    storeResult(mh);
                }
                case Instr.Invoke iv -> {
                    goj.types.Signature sig = (goj.types.Signature) iv.method.type();
                    ClassDesc mi = JvmTypes.methodInterface(iv.method.name(), sig);
                    useTuple(iv.type());
                    List<ClassDesc> impls = implementers.getOrDefault(mi, List.of());
                    Label done = cb.newLabel();
                    if (impls.size() > 2 && impls.size() <= MAX_GUARDED_IMPLEMENTERS) {
                        for (ClassDesc c : impls) { // a type switch of direct calls; other classes fall through
                            Label next = cb.newLabel();
                            load(iv.x);
                            cb.instanceOf(c);
                            cb.ifeq(next);
                            load(iv.x);
                            cb.checkcast(c);
                            for (Value a : iv.args) load(a);
                            cb.invokevirtual(c, iv.method.name(), JvmTypes.methodDesc(sig));
                            cb.goto_(done);
                            cb.labelBinding(next);
                        }
                    }
                    load(iv.x);
                    cb.checkcast(mi);
                    for (Value a : iv.args) load(a);
                    cb.invokeinterface(mi, iv.method.name(), JvmTypes.methodDesc(sig));
                    cb.labelBinding(done);
                    storeResult(iv);
                }
                case Instr.TypeAssert ta -> { typeAssert(ta); storeResult(ta); }
                case Instr.Defer d -> {
                    runnable(d.method, d.captures);
                    if (d.stack == null) {
                        cb.aload(defers);
                    } else {
                        load(d.stack);
                        cb.checkcast(DEFERS);
                    }
                    cb.swap();
                    cb.invokevirtual(DEFERS, "push", MethodTypeDesc.of(CD_void, RUNNABLE));
                }
                case Instr.Go g -> {
                    runnable(g.method, g.captures);
                    cb.invokestatic(ClassDesc.of("goj.rt.Sched"), "go", MethodTypeDesc.of(CD_void, RUNNABLE));
                }
                case Instr.MakeChan mc -> {
                    cb.new_(JvmTypes.CHAN);
                    cb.dup();
                    load(mc.size);
                    cb.invokespecial(JvmTypes.CHAN, "<init>", MethodTypeDesc.of(CD_void, CD_long));
                    storeResult(mc);
                }
                case Instr.Send sd -> {
                    load(sd.chan);
                    load(sd.value);
                    boxAny(sd.value.type());
                    cb.invokestatic(JvmTypes.CHAN, "send", MethodTypeDesc.of(CD_void, JvmTypes.CHAN, CD_Object));
                }
                case Instr.Recv rv -> {
                    load(rv.chan);
                    cb.invokestatic(JvmTypes.CHAN, "recv", MethodTypeDesc.of(CD_Object, JvmTypes.CHAN));
                    received(rv.commaOk, rv.type(), ((goj.types.Chan) rv.chan.type().underlying()).elem());
                    storeResult(rv);
                }
                case Instr.Select sl -> { select(sl); storeResult(sl); }
                case Instr.SelectRecv sr -> {
                    cb.aload(selectSlots.get(sr.select));
                    cb.iconst_0();
                    cb.aaload();
                    goj.types.Type elem = sr.commaOk ? ((Tuple) sr.type()).at(0).type() : sr.type();
                    received(sr.commaOk, sr.type(), elem);
                    storeResult(sr);
                }
                case Instr.DeferStack ds -> {
                    cb.aload(defers);
                    storeResult(ds);
                }
                case Instr.RunDefers rd -> {
                    cb.aload(defers);
                    cb.invokevirtual(DEFERS, "runNormal", MethodTypeDesc.of(CD_void));
                }
                case Instr.Load l -> { cb.getstatic(self, l.global.name(), JvmTypes.desc(l.global.type())); storeResult(l); }
                case Instr.Store s -> { load(s.value); cb.putstatic(self, s.global.name(), JvmTypes.desc(s.global.type())); }
                case Instr.Jump j -> jump(in.block(), in.block().succs().getFirst());
                case Instr.If i -> {
                    BasicBlock t = in.block().succs().get(0), f = in.block().succs().get(1);
                    Label elseEdge = cb.newLabel();
                    if (i.cond instanceof Instr.BinOp c && fused.contains(c)) {
                        branchUnless(c, elseEdge);
                    } else {
                        load(i.cond);
                        cb.ifeq(elseEdge);
                    }
                    jump(in.block(), t);
                    cb.labelBinding(elseEdge);
                    jump(in.block(), f);
                }
                case Instr.Return r -> {
                    if (r.results.isEmpty()) cb.return_();
                    else if (r.results.size() > 1) {
                        Tuple t = fn.signature().results();
                        ClassDesc tc = JvmTypes.tupleClass(t);
                        useTuple(t);
                        cb.new_(tc);
                        cb.dup();
                        ClassDesc[] fields = new ClassDesc[t.size()];
                        for (int i = 0; i < t.size(); i++) {
                            load(r.results.get(i));
                            fields[i] = JvmTypes.tupleField(t.at(i).type());
                        }
                        cb.invokespecial(tc, "<init>", MethodTypeDesc.of(CD_void, fields));
                        cb.areturn();
                    } else {
                        load(r.results.getFirst());
                        cb.return_(JvmTypes.kind(r.results.getFirst().type()));
                    }
                }
                case Instr.Panic p when p.rangeState -> {
                    load(p.value);
                    cb.invokestatic(JvmTypes.GO_PANIC, "rangeState", MethodTypeDesc.of(JvmTypes.GO_PANIC, CD_long));
                    cb.athrow();
                }
                case Instr.Panic p -> {
                    cb.new_(JvmTypes.GO_PANIC);
                    cb.dup();
                    box(p.value);
                    cb.invokespecial(JvmTypes.GO_PANIC, "<init>", MethodTypeDesc.of(CD_void, CD_Object));
                    cb.athrow();
                }
            }
        }

        private String initName(Instr.Call call) {
            int i = 0;
            for (Function f : prog.functions()) {
                if (f.name().startsWith("init$") && f.name().length() > 5) {
                    i++;
                    if (f.pos().equals(call.callee.decl.pos()) || f.pos() == call.callee.decl.pos()) return f.name();
                }
            }
            throw new IllegalStateException("init function not found");
        }

        /** Whether maps of type {@code t} keep unboxed {@code int} keys (goj.rt.GoMap's {@code *Int} entry points). */
        private static boolean intKeys(Type t) {
            return ((goj.types.MapType) t.underlying()).key() == goj.types.Universe.INT;
        }

        /**
         * With the map pushed: calls GoMap's {@code op} ({@code get}, {@code put} or {@code delete})
         * with key {@code k} (unboxed for int keys, else boxed as an interface value, whose Go type
         * decides equality) and, for {@code put}, the boxed {@code value}.
         */
        private void mapCall(String op, Value map, Value k, goj.syntax.Pos pos, Value... value) {
            boolean ints = intKeys(map.type());
            if (ints && k.type().underlying() instanceof goj.types.Interface) { // a key from MapKeys
                load(k);
                cb.checkcast(ClassDesc.of("java.lang.Long"));
                cb.invokevirtual(ClassDesc.of("java.lang.Long"), "longValue", MethodTypeDesc.of(CD_long));
            } else if (ints || k.type().underlying() instanceof goj.types.Interface) {
                load(k);
            } else {
                toInterface(k, goj.types.Universe.EMPTY_INTERFACE, pos);
            }
            for (Value v : value) {
                load(v);
                boxAny(v.type());
            }
            ClassDesc result = op.equals("get") ? CD_Object : CD_void;
            ClassDesc[] params = value.length == 0 ? new ClassDesc[] {JvmTypes.GO_MAP, ints ? CD_long : CD_Object}
                    : new ClassDesc[] {JvmTypes.GO_MAP, ints ? CD_long : CD_Object, CD_Object};
            cb.invokestatic(JvmTypes.GO_MAP, ints ? op + "Int" : op, MethodTypeDesc.of(result, params));
        }

        /** Pushes value {@code x} converted to interface type {@code target} (boxed with its dynamic type). */
        private void toInterface(Value x, Type target, goj.syntax.Pos pos) {
            Type t = x.type();
            ClassDesc c = JvmTypes.ifaceClass(t);
            if (c == null) throw new goj.ssa.Unsupported(pos, "values of type " + t + " in interfaces");
            Type st = t instanceof goj.types.Pointer p ? p.elem() : t;
            if (!(st instanceof goj.types.Named) && st instanceof goj.types.Struct s && s.fields().stream().anyMatch(goj.types.Struct.Field::embedded)
                    && target.underlying() instanceof goj.types.Interface it && !it.methods().isEmpty()) {
                throw new goj.ssa.Unsupported(pos, "promoted methods of unnamed struct types in interface values");
            }
            if (t instanceof Basic b) {
                load(x);
                switch (b.kind()) {
                    case INT -> cb.invokestatic(c, "valueOf", MethodTypeDesc.of(c, CD_long));
                    case FLOAT64 -> cb.invokestatic(c, "valueOf", MethodTypeDesc.of(c, CD_double));
                    case BOOL -> cb.invokestatic(c, "valueOf", MethodTypeDesc.of(c, CD_boolean));
                    case STRING, COMPLEX64, COMPLEX128 -> { } // their own boxes
                    default -> {
                        int slot = cb.allocateLocal(JvmTypes.kind(t));
                        cb.storeLocal(JvmTypes.kind(t), slot);
                        cb.new_(c);
                        cb.dup();
                        cb.loadLocal(JvmTypes.kind(t), slot);
                        cb.invokespecial(c, "<init>", MethodTypeDesc.of(CD_void, JvmTypes.desc(t)));
                    }
                }
                return;
            }
            if (isStructPointer(t)) { // the struct object; a nil *T is its nil box, a non-nil interface
                Label done = cb.newLabel();
                load(x);
                cb.dup();
                cb.ifnonnull(done);
                cb.pop();
                cb.getstatic(JvmTypes.boxClass(t), "NIL", JvmTypes.boxClass(t));
                cb.labelBinding(done);
                return;
            }
            ClassDesc vd = JvmTypes.desc(t);
            cb.new_(c);
            cb.dup();
            load(x);
            copyValue(t);
            cb.invokespecial(c, "<init>", MethodTypeDesc.of(CD_void, vd));
        }

        /** {@code x.(T)}: an instanceof test on the dynamic class, then the unboxed value (or a tuple with ok). */
        private void typeAssert(Instr.TypeAssert ta) {
            Type t = ta.asserted;
            String iface = ta.x.type().toString(), want = t.toString();
            int okSlot = cb.allocateLocal(TypeKind.INT);
            Label fail = cb.newLabel(), done = cb.newLabel();
            if (t.underlying() instanceof goj.types.Interface it) {
                load(ta.x);
                cb.ifnull(fail);
                for (var m : it.methods()) {
                    load(ta.x);
                    cb.instanceOf(JvmTypes.methodInterface(m.name(), (goj.types.Signature) m.type()));
                    if (ta.commaOk) cb.ifeq(fail);
                    else {
                        Label ok = cb.newLabel();
                        cb.ifne(ok);
                        load(ta.x);
                        cb.ldc(iface);
                        cb.ldc(want);
                        cb.ldc(m.name());
                        cb.invokestatic(ClassDesc.of("goj.rt.Ifaces"), "missingMethod", MethodTypeDesc.of(JvmTypes.GO_PANIC, CD_Object, CD_String, CD_String, CD_String));
                        cb.athrow();
                        cb.labelBinding(ok);
                    }
                }
                load(ta.x);
            } else {
                ClassDesc c = JvmTypes.ifaceClass(t);
                if (c == null) throw new goj.ssa.Unsupported(ta.pos(), "type assertions to " + t);
                load(ta.x);
                cb.instanceOf(c);
                if (isStructPointer(t)) { // a nil *T is its nil box
                    Label isObject = cb.newLabel(), got = cb.newLabel();
                    cb.ifne(isObject);
                    load(ta.x);
                    cb.instanceOf(JvmTypes.boxClass(t));
                    cb.ifeq(fail);
                    cb.aconst_null();
                    cb.goto_(got);
                    cb.labelBinding(isObject);
                    load(ta.x);
                    cb.checkcast(c);
                    cb.labelBinding(got);
                } else {
                    cb.ifeq(fail);
                    load(ta.x);
                    cb.checkcast(c);
                    unbox(t, c);
                }
            }
            cb.iconst_1();
            cb.istore(okSlot);
            cb.goto_(done);
            cb.labelBinding(fail);
            if (!ta.commaOk) {
                load(ta.x);
                cb.ldc(iface);
                cb.ldc(want);
                if (t.underlying() instanceof goj.types.Interface it && !it.methods().isEmpty()) {
                    cb.ldc(it.methods().getFirst().name());
                    cb.invokestatic(ClassDesc.of("goj.rt.Ifaces"), "missingMethod", MethodTypeDesc.of(JvmTypes.GO_PANIC, CD_Object, CD_String, CD_String, CD_String));
                } else {
                    cb.invokestatic(ClassDesc.of("goj.rt.Ifaces"), "assertionFailed", MethodTypeDesc.of(JvmTypes.GO_PANIC, CD_Object, CD_String, CD_String));
                }
                cb.athrow();
            } else {
                if (!(JvmTypes.kind(t) == TypeKind.REFERENCE && StructGen.zeroValue(cb, t))) constantZero(t);
                cb.iconst_0();
                cb.istore(okSlot);
            }
            cb.labelBinding(done);
            if (ta.commaOk) {
                Tuple tt = (Tuple) ta.type();
                ClassDesc tc = JvmTypes.tupleClass(tt);
                useTuple(tt);
                TypeKind k = JvmTypes.kind(t);
                int vSlot = cb.allocateLocal(k);
                cb.storeLocal(k, vSlot);
                cb.new_(tc);
                cb.dup();
                cb.loadLocal(k, vSlot);
                cb.iload(okSlot);
                cb.invokespecial(tc, "<init>", MethodTypeDesc.of(CD_void, JvmTypes.tupleField(t), CD_boolean));
            }
        }

        /** Pushes a {@code Runnable} that calls the static thunk {@code method} with {@code captures} bound. */
        private void runnable(String method, List<Value> captures) {
            ClassDesc[] caps = new ClassDesc[captures.size()];
            for (int i = 0; i < caps.length; i++) {
                load(captures.get(i));
                caps[i] = JvmTypes.desc(captures.get(i).type());
            }
            MethodTypeDesc sam = MethodTypeDesc.of(CD_void);
            var impl = java.lang.constant.MethodHandleDesc.ofMethod(java.lang.constant.DirectMethodHandleDesc.Kind.STATIC,
                    self, JvmTypes.jvmName(method), MethodTypeDesc.of(CD_void, caps));
            cb.invokedynamic(java.lang.constant.DynamicCallSiteDesc.of(LAMBDA_METAFACTORY, "run", MethodTypeDesc.of(RUNNABLE, caps), sam, impl, sam));
        }

        /** Select instructions' arrays of received values, by instruction. */
        private final Map<Instr.Select, Integer> selectSlots = new HashMap<>();

        private void select(Instr.Select sl) {
            int n = sl.cases.size();
            ClassDesc chanArr = JvmTypes.CHAN.arrayType();
            int chans = cb.allocateLocal(TypeKind.REFERENCE), sends = cb.allocateLocal(TypeKind.REFERENCE),
                    vals = cb.allocateLocal(TypeKind.REFERENCE), recvd = cb.allocateLocal(TypeKind.REFERENCE);
            selectSlots.put(sl, recvd);
            cb.loadConstant(n);
            cb.anewarray(JvmTypes.CHAN);
            cb.astore(chans);
            cb.loadConstant(n);
            cb.newarray(TypeKind.BOOLEAN);
            cb.astore(sends);
            cb.loadConstant(n);
            cb.anewarray(CD_Object);
            cb.astore(vals);
            cb.iconst_1();
            cb.anewarray(CD_Object);
            cb.astore(recvd);
            for (int i = 0; i < n; i++) {
                Instr.SelectCase c = sl.cases.get(i);
                cb.aload(chans);
                cb.loadConstant(i);
                load(c.chan());
                cb.aastore();
                if (c.isSend()) {
                    cb.aload(sends);
                    cb.loadConstant(i);
                    cb.iconst_1();
                    cb.bastore();
                    cb.aload(vals);
                    cb.loadConstant(i);
                    load(c.value());
                    boxAny(c.value().type());
                    cb.aastore();
                }
            }
            cb.aload(chans);
            cb.aload(sends);
            cb.aload(vals);
            cb.loadConstant(sl.hasDefault ? 1 : 0);
            cb.aload(recvd);
            cb.invokestatic(JvmTypes.CHAN, "select", MethodTypeDesc.of(CD_int, chanArr, CD_boolean.arrayType(),
                    CD_Object.arrayType(), CD_boolean, CD_Object.arrayType()));
            cb.i2l();
        }

        /** Boxes a value of type {@code t} into an Object by its JVM representation (channel elements). */
        private void boxAny(Type t) {
            switch (JvmTypes.kind(t)) {
                case LONG -> cb.invokestatic(ClassDesc.of("java.lang.Long"), "valueOf", MethodTypeDesc.of(ClassDesc.of("java.lang.Long"), CD_long));
                case INT -> cb.invokestatic(ClassDesc.of("java.lang.Integer"), "valueOf", MethodTypeDesc.of(ClassDesc.of("java.lang.Integer"), CD_int));
                case BOOLEAN -> cb.invokestatic(ClassDesc.of("java.lang.Boolean"), "valueOf", MethodTypeDesc.of(ClassDesc.of("java.lang.Boolean"), CD_boolean));
                case FLOAT -> cb.invokestatic(ClassDesc.of("java.lang.Float"), "valueOf", MethodTypeDesc.of(ClassDesc.of("java.lang.Float"), CD_float));
                case DOUBLE -> cb.invokestatic(ClassDesc.of("java.lang.Double"), "valueOf", MethodTypeDesc.of(ClassDesc.of("java.lang.Double"), CD_double));
                default -> { }
            }
        }

        /** Reverses {@link #boxAny}. */
        private void unboxAny(Type t) {
            String box = switch (JvmTypes.kind(t)) {
                case LONG -> "java.lang.Long";
                case INT -> "java.lang.Integer";
                case BOOLEAN -> "java.lang.Boolean";
                case FLOAT -> "java.lang.Float";
                case DOUBLE -> "java.lang.Double";
                default -> null;
            };
            if (box == null) {
                cb.checkcast(JvmTypes.desc(t));
                return;
            }
            ClassDesc b = ClassDesc.of(box);
            cb.checkcast(b);
            String m = switch (JvmTypes.kind(t)) {
                case LONG -> "longValue";
                case INT -> "intValue";
                case BOOLEAN -> "booleanValue";
                case FLOAT -> "floatValue";
                default -> "doubleValue";
            };
            cb.invokevirtual(b, m, MethodTypeDesc.of(JvmTypes.desc(t).isPrimitive() ? TypeKind.from(JvmTypes.desc(t)).upperBound() : JvmTypes.desc(t)));
        }

        /**
         * With a received Object on the stack (goj.rt.Chan's NONE when the channel was closed and
         * drained), pushes the element (zero when closed), or an (element, ok) tuple.
         */
        private void received(boolean commaOk, Type type, Type elem) {
            int r = cb.allocateLocal(TypeKind.REFERENCE);
            cb.astore(r);
            Label none = cb.newLabel(), done = cb.newLabel();
            TypeKind k = JvmTypes.kind(elem);
            int v = cb.allocateLocal(k), ok = cb.allocateLocal(TypeKind.INT);
            cb.aload(r);
            cb.invokestatic(JvmTypes.CHAN, "isNone", MethodTypeDesc.of(CD_boolean, CD_Object));
            cb.ifne(none);
            cb.aload(r);
            unboxAny(elem);
            cb.storeLocal(k, v);
            cb.iconst_1();
            cb.istore(ok);
            cb.goto_(done);
            cb.labelBinding(none);
            if (!(k == TypeKind.REFERENCE && StructGen.zeroValue(cb, elem))) constantZero(elem);
            cb.storeLocal(k, v);
            cb.iconst_0();
            cb.istore(ok);
            cb.labelBinding(done);
            if (!commaOk) {
                cb.loadLocal(k, v);
                return;
            }
            Tuple tt = (Tuple) type;
            ClassDesc tc = JvmTypes.tupleClass(tt);
            useTuple(tt);
            cb.new_(tc);
            cb.dup();
            cb.loadLocal(k, v);
            cb.iload(ok);
            cb.invokespecial(tc, "<init>", MethodTypeDesc.of(CD_void, JvmTypes.tupleField(elem), CD_boolean));
        }

        /** Pushes the zero value of a type represented by a JVM primitive or a null reference. */
        private void constantZero(Type t) {
            switch (JvmTypes.kind(t)) {
                case LONG -> cb.lconst_0();
                case FLOAT -> cb.fconst_0();
                case DOUBLE -> cb.dconst_0();
                case REFERENCE -> cb.aconst_null();
                default -> cb.iconst_0();
            }
        }

        /** With a box of class {@code c} on the stack, pushes the value of type {@code t} it holds. */
        private void unbox(Type t, ClassDesc c) {
            if (t instanceof Basic b) {
                switch (b.kind()) {
                    case INT -> cb.invokevirtual(c, "longValue", MethodTypeDesc.of(CD_long));
                    case FLOAT64 -> cb.invokevirtual(c, "doubleValue", MethodTypeDesc.of(CD_double));
                    case BOOL -> cb.invokevirtual(c, "booleanValue", MethodTypeDesc.of(CD_boolean));
                    case STRING, COMPLEX64, COMPLEX128 -> { }
                    default -> cb.invokevirtual(c, "v", MethodTypeDesc.of(JvmTypes.desc(t)));
                }
                return;
            }
            if (t instanceof goj.types.Pointer p && p.elem().underlying() instanceof goj.types.Struct) return;
            cb.getfield(c, "v", JvmTypes.desc(t));
            copyValue(t);
        }

        /** With a struct or array value of type {@code t} on the stack, replaces it with a copy (boxes own their values). */
        private void copyValue(Type t) {
            ClassDesc vd = JvmTypes.desc(t);
            if (t.underlying() instanceof goj.types.Struct) {
                cb.invokevirtual(vd, "copy", MethodTypeDesc.of(StructGen.GO_STRUCT));
                cb.checkcast(vd);
            } else if (t.underlying() instanceof goj.types.Array) {
                cb.invokestatic(JvmTypes.SLICES, "cloneArray", MethodTypeDesc.of(CD_Object, CD_Object));
                cb.checkcast(vd);
            }
        }

        /** The struct class of a struct value or pointer-to-struct type. */
        private ClassDesc structOwner(Type t) {
            return JvmTypes.structClass(t.underlying() instanceof goj.types.Pointer p ? p.elem() : t);
        }

        private void componentClass(goj.types.Type elem) { StructGen.componentClass(cb, elem); }

        /** Pushes what gc's size classes need of an appended element type: its amd64 size and whether it holds pointers. */
        private void allocClass(goj.types.Type elem) {
            long size = goj.types.Sizes.sizeof(elem); // -1: too large for any slice to hold one
            cb.loadConstant((int) (size < 0 ? Integer.MAX_VALUE : Math.min(Integer.MAX_VALUE, size)));
            cb.loadConstant(goj.types.Sizes.hasPointers(elem) ? 1 : 0);
        }

        /** Pushes the zero value that reference elements of type {@code elem} must be filled with (or null). */
        private void zeroElem(goj.types.Type elem) {
            if (!StructGen.zeroValue(cb, elem)) cb.aconst_null();
        }

        private void index(Instr.Index ix) {
            goj.types.Type xu = ix.x.type().underlying();
            if (xu instanceof Basic) {
                load(ix.x);
                if (ix.needsBoundsCheck) {
                    load(ix.index);
                    cb.invokestatic(JvmTypes.SLICES, "stringAt", MethodTypeDesc.of(CD_int, JvmTypes.GO_STRING, CD_long));
                } else {
                    loadInt(ix.index);
                    cb.invokevirtual(JvmTypes.GO_STRING, "byteAt", MethodTypeDesc.of(CD_int, CD_int));
                }
                return;
            }
            String k = JvmTypes.elemKind(ix.type());
            if (xu instanceof goj.types.Slice && ix.needsBoundsCheck) {
                load(ix.x);
                load(ix.index);
                ClassDesc ret = k.equals("L") ? CD_Object : TypeKind.from(JvmTypes.desc(ix.type())).upperBound();
                cb.invokestatic(JvmTypes.SLICES, "get" + k, MethodTypeDesc.of(ret, JvmTypes.SLICE, CD_long));
                if (k.equals("L")) cb.checkcast(JvmTypes.desc(ix.type()));
                return;
            }
            arrayIndex(ix.x, ix.index, k, ix.needsBoundsCheck);
            switch (k) {
                case "Z", "B" -> cb.baload();
                case "UB" -> { cb.baload(); cb.loadConstant(0xFF); cb.iand(); }
                case "S" -> cb.saload();
                case "C" -> cb.caload();
                case "I" -> cb.iaload();
                case "J" -> cb.laload();
                case "F" -> cb.faload();
                case "D" -> cb.daload();
                default -> { cb.aaload(); cb.checkcast(JvmTypes.desc(ix.type())); }
            }
        }

        /**
         * Pushes {@code backing array, int index} for element {@code index} of array or slice {@code x}
         * with elements of kind {@code k}; with {@code checked}, Go's bounds check first. Unchecked
         * (proved in range by goj.ssa.BoundsCheckElim), a slice is read through its header inline.
         */
        private void arrayIndex(Value x, Value index, String k, boolean checked) {
            if (x.type().underlying() instanceof goj.types.Slice) {
                load(x);
                cb.invokevirtual(JvmTypes.SLICE, "array", MethodTypeDesc.of(CD_Object));
                cb.checkcast(backingArray(k));
                load(x);
                cb.invokevirtual(JvmTypes.SLICE, "offset", MethodTypeDesc.of(CD_int));
                load(index);
                cb.l2i();
                cb.iadd();
                return;
            }
            load(x);
            load(index);
            if (!checked) {
                cb.l2i();
                return;
            }
            load(x);
            cb.arraylength();
            cb.invokestatic(JvmTypes.SLICES, "check", MethodTypeDesc.of(CD_int, CD_long, CD_int));
        }

        /** The JVM array type backing slices whose elements are of kind {@code k}. */
        private static ClassDesc backingArray(String k) {
            return switch (k) {
                case "Z" -> CD_boolean.arrayType();
                case "B", "UB" -> CD_byte.arrayType();
                case "S" -> CD_short.arrayType();
                case "C" -> CD_char.arrayType();
                case "I" -> CD_int.arrayType();
                case "J" -> CD_long.arrayType();
                case "F" -> CD_float.arrayType();
                case "D" -> CD_double.arrayType();
                default -> CD_Object.arrayType();
            };
        }

        /** {@code &x[i]} of an array or slice of non-struct elements: a goj.rt.ElemPointers object. */
        private void elemAddr(Instr.ElemAddr ea) {
            goj.types.Type xu = ea.x.type().underlying();
            goj.types.Type elem = xu instanceof goj.types.Slice sl ? sl.elem() : ((goj.types.Array) xu).elem();
            ClassDesc c = ClassDesc.of("goj.rt.ElemPointers$" + JvmTypes.elemKind(elem));
            ClassDesc arr = JvmTypes.arrayDesc(elem);
            int at = cb.allocateLocal(TypeKind.INT);
            if (xu instanceof goj.types.Slice) {
                load(ea.x);
                load(ea.index);
                cb.invokestatic(JvmTypes.SLICES, "at", MethodTypeDesc.of(CD_int, JvmTypes.SLICE, CD_long));
                cb.istore(at);
                cb.new_(c);
                cb.dup();
                load(ea.x);
                cb.invokevirtual(JvmTypes.SLICE, "array", MethodTypeDesc.of(CD_Object));
                cb.checkcast(arr);
            } else {
                arrayIndex(ea.x, ea.index, JvmTypes.elemKind(elem), true);
                cb.istore(at);
                cb.new_(c);
                cb.dup();
                load(ea.x);
            }
            cb.iload(at);
            cb.invokespecial(c, "<init>", MethodTypeDesc.of(CD_void, arr, CD_int));
        }

        private void indexStore(Instr.IndexStore st) {
            goj.types.Type elem = st.value.type();
            String k = JvmTypes.elemKind(st.x.type().underlying() instanceof goj.types.Slice sl ? sl.elem() : ((goj.types.Array) st.x.type().underlying()).elem());
            if (st.x.type().underlying() instanceof goj.types.Slice && st.needsBoundsCheck) {
                load(st.x);
                load(st.index);
                load(st.value);
                String name = k.equals("UB") ? "setB" : "set" + k;
                ClassDesc v = k.equals("L") ? CD_Object : TypeKind.from(JvmTypes.desc(elem)).upperBound();
                cb.invokestatic(JvmTypes.SLICES, name, MethodTypeDesc.of(CD_void, JvmTypes.SLICE, CD_long, v));
                return;
            }
            arrayIndex(st.x, st.index, k, st.needsBoundsCheck);
            load(st.value);
            switch (k) {
                case "Z", "B", "UB" -> cb.bastore();
                case "S" -> cb.sastore();
                case "C" -> cb.castore();
                case "I" -> cb.iastore();
                case "J" -> cb.lastore();
                case "F" -> cb.fastore();
                case "D" -> cb.dastore();
                default -> cb.aastore();
            }
        }

        private void bound(Value v, long dflt) {
            if (v == null) cb.loadConstant(dflt);
            else load(v);
        }

        private void sliceOp(Instr.SliceOp so) {
            goj.types.Type xu = so.x.type().underlying();
            load(so.x);
            bound(so.lo, 0);
            bound(so.hi, -1);
            if (xu instanceof Basic) {
                cb.invokestatic(JvmTypes.SLICES, "sliceString", MethodTypeDesc.of(JvmTypes.GO_STRING, JvmTypes.GO_STRING, CD_long, CD_long));
                return;
            }
            bound(so.max, -1);
            if (xu instanceof goj.types.Slice) {
                cb.invokestatic(JvmTypes.SLICES, "slice", MethodTypeDesc.of(JvmTypes.SLICE, JvmTypes.SLICE, CD_long, CD_long, CD_long));
            } else {
                cb.invokestatic(JvmTypes.SLICES, "sliceArray", MethodTypeDesc.of(JvmTypes.SLICE, CD_Object, CD_long, CD_long, CD_long));
            }
        }

        /** Writes the locals of {@code to}'s phis with their values on the edge from {@code from}. */
        private void phiCopies(BasicBlock from, BasicBlock to) {
            int edge = to.preds().indexOf(from);
            List<Instr.Phi> phis = to.instrs().stream().takeWhile(i -> i instanceof Instr.Phi).map(i -> (Instr.Phi) i).toList();
            for (Instr.Phi phi : phis) {
                if (phi.int32) loadInt(phi.edges.get(edge));
                else load(phi.edges.get(edge));
            }
            for (int k = phis.size() - 1; k >= 0; k--) cb.storeLocal(localKind(phis.get(k)), slot(phis.get(k)));
        }

        private void box(Value v) {
            load(v);
            switch (JvmTypes.kind(v.type())) {
                case BOOLEAN -> cb.invokestatic(ClassDesc.of("java.lang.Boolean"), "valueOf", MethodTypeDesc.of(ClassDesc.of("java.lang.Boolean"), CD_boolean));
                case INT -> { cb.i2l(); cb.invokestatic(JvmTypes.OPS, "boxInt", MethodTypeDesc.of(CD_Object, CD_long)); }
                case LONG -> cb.invokestatic(JvmTypes.OPS, "boxInt", MethodTypeDesc.of(CD_Object, CD_long));
                case FLOAT -> { cb.f2d(); cb.invokestatic(ClassDesc.of("java.lang.Double"), "valueOf", MethodTypeDesc.of(ClassDesc.of("java.lang.Double"), CD_double)); }
                case DOUBLE -> cb.invokestatic(ClassDesc.of("java.lang.Double"), "valueOf", MethodTypeDesc.of(ClassDesc.of("java.lang.Double"), CD_double));
                default -> { }
            }
        }

        private void builtin(Instr.BuiltinCall bc) {
            switch (bc.builtin) {
                case PRINT, PRINTLN -> {
                    cb.invokestatic(JvmTypes.PRINT, "begin", MethodTypeDesc.of(CD_void));
                    boolean ln = bc.builtin == goj.types.Builtin.Id.PRINTLN;
                    for (int i = 0; i < bc.args.size(); i++) {
                        if (ln && i > 0) cb.invokestatic(JvmTypes.PRINT, "space", MethodTypeDesc.of(CD_void));
                        Value a = bc.args.get(i);
                        load(a);
                        if (!(a.type().underlying() instanceof Basic)) {
                            if (a.type().underlying() instanceof goj.types.Interface) cb.invokestatic(JvmTypes.PRINT, "putIface", MethodTypeDesc.of(CD_void, CD_Object));
                            else if (a.type().underlying() instanceof goj.types.Slice) cb.invokestatic(JvmTypes.PRINT, "putSlice", MethodTypeDesc.of(CD_void, JvmTypes.SLICE));
                            else cb.invokestatic(JvmTypes.PRINT, "putPointer", MethodTypeDesc.of(CD_void, CD_Object));
                            continue;
                        }
                        Basic b = JvmTypes.basic(a.type());
                        switch (JvmTypes.kind(a.type())) {
                            case BOOLEAN -> cb.invokestatic(JvmTypes.PRINT, "putBool", MethodTypeDesc.of(CD_void, CD_boolean));
                            case INT -> {
                                if (b.isUnsigned()) cb.invokestatic(ClassDesc.of("java.lang.Integer"), "toUnsignedLong", MethodTypeDesc.of(CD_long, CD_int));
                                else cb.i2l();
                                cb.invokestatic(JvmTypes.PRINT, b.isUnsigned() ? "putUint" : "putInt", MethodTypeDesc.of(CD_void, CD_long));
                            }
                            case LONG -> cb.invokestatic(JvmTypes.PRINT, b.isUnsigned() ? "putUint" : "putInt", MethodTypeDesc.of(CD_void, CD_long));
                            case FLOAT -> cb.invokestatic(JvmTypes.PRINT, "putFloat32", MethodTypeDesc.of(CD_void, CD_float));
                            case DOUBLE -> cb.invokestatic(JvmTypes.PRINT, "putFloat", MethodTypeDesc.of(CD_void, CD_double));
                            default -> {
                                ClassDesc d = JvmTypes.desc(a.type());
                                if (d.equals(JvmTypes.COMPLEX64)) cb.invokestatic(JvmTypes.PRINT, "putComplex64", MethodTypeDesc.of(CD_void, d));
                                else if (d.equals(JvmTypes.COMPLEX128)) cb.invokestatic(JvmTypes.PRINT, "putComplex", MethodTypeDesc.of(CD_void, d));
                                else cb.invokestatic(JvmTypes.PRINT, "putString", MethodTypeDesc.of(CD_void, JvmTypes.GO_STRING));
                            }
                        }
                    }
                    cb.invokestatic(JvmTypes.PRINT, ln ? "endln" : "end", MethodTypeDesc.of(CD_void));
                }
                case LEN, CAP -> {
                    Value a = bc.args.getFirst();
                    load(a);
                    switch (a.type().underlying()) {
                        case goj.types.Slice sl -> cb.invokestatic(JvmTypes.SLICES, bc.builtin == goj.types.Builtin.Id.LEN ? "len" : "cap",
                                MethodTypeDesc.of(CD_int, JvmTypes.SLICE));
                        case goj.types.Array ar -> cb.arraylength();
                        case goj.types.Chan ch -> cb.invokestatic(JvmTypes.CHAN, bc.builtin == goj.types.Builtin.Id.LEN ? "len" : "cap",
                                MethodTypeDesc.of(CD_int, JvmTypes.CHAN));
                        case goj.types.MapType mt -> cb.invokestatic(JvmTypes.GO_MAP, "len", MethodTypeDesc.of(CD_int, JvmTypes.GO_MAP));
                        default -> cb.invokevirtual(JvmTypes.GO_STRING, "length", MethodTypeDesc.of(CD_int));
                    }
                    cb.i2l();
                }
                case APPEND -> append(bc);
                case RECOVER -> cb.invokestatic(DEFERS, "recover", MethodTypeDesc.of(CD_Object));
                case CLOSE -> {
                    load(bc.args.getFirst());
                    cb.invokestatic(JvmTypes.CHAN, "close", MethodTypeDesc.of(CD_void, JvmTypes.CHAN));
                }
                case COPY -> {
                    load(bc.args.get(0));
                    load(bc.args.get(1));
                    boolean str = bc.args.get(1).type().underlying() instanceof Basic;
                    cb.invokestatic(JvmTypes.SLICES, str ? "copyString" : "copy",
                            MethodTypeDesc.of(CD_long, JvmTypes.SLICE, str ? JvmTypes.GO_STRING : JvmTypes.SLICE));
                }
                case REAL, IMAG -> {
                    Value z = bc.args.getFirst();
                    load(z);
                    ClassDesc c = JvmTypes.desc(z.type());
                    cb.invokevirtual(c, bc.builtin == goj.types.Builtin.Id.REAL ? "re" : "im",
                            MethodTypeDesc.of(c.equals(JvmTypes.COMPLEX64) ? CD_float : CD_double));
                }
                case COMPLEX -> {
                    ClassDesc c = JvmTypes.desc(bc.type());
                    ClassDesc part = c.equals(JvmTypes.COMPLEX64) ? CD_float : CD_double;
                    cb.new_(c);
                    cb.dup();
                    load(bc.args.get(0));
                    load(bc.args.get(1));
                    cb.invokespecial(c, "<init>", MethodTypeDesc.of(CD_void, part, part));
                }
                case MIN, MAX -> minMax(bc);
                case CLEAR -> {
                    Value x = bc.args.getFirst();
                    load(x);
                    if (x.type().underlying() instanceof goj.types.Slice sl) {
                        zeroElem(sl.elem());
                        cb.invokestatic(JvmTypes.SLICES, "clear", MethodTypeDesc.of(CD_void, JvmTypes.SLICE, CD_Object));
                    } else {
                        cb.invokestatic(JvmTypes.GO_MAP, "clear", MethodTypeDesc.of(CD_void, JvmTypes.GO_MAP));
                    }
                }
                default -> throw new IllegalStateException("builtin " + bc.builtin);
            }
        }

        /**
         * {@code min}/{@code max} of arguments of one ordered type, left to right: Math.min/max for
         * signed integers and floats (their NaN and -0 rules are Go's), goj.rt.MinMax for unsigned
         * integers and strings.
         */
        private void minMax(Instr.BuiltinCall bc) {
            boolean max = bc.builtin == goj.types.Builtin.Id.MAX;
            Basic b = JvmTypes.basic(bc.type());
            TypeKind k = JvmTypes.kind(bc.type());
            ClassDesc t = JvmTypes.desc(bc.type());
            MethodTypeDesc md = MethodTypeDesc.of(t, t, t);
            load(bc.args.getFirst());
            for (int i = 1; i < bc.args.size(); i++) {
                load(bc.args.get(i));
                if (b.isString()) cb.invokestatic(ClassDesc.of("goj.rt.MinMax"), max ? "max" : "min", md);
                else if (unsignedOps(b, k)) {
                    cb.invokestatic(ClassDesc.of("goj.rt.MinMax"), (max ? "max" : "min") + (k == TypeKind.LONG ? "U64" : "U32"), md);
                } else cb.invokestatic(ClassDesc.of("java.lang.Math"), max ? "max" : "min", md);
            }
        }

        private void append(Instr.BuiltinCall bc) {
            goj.types.Type st = bc.type();
            goj.types.Type elem = ((goj.types.Slice) st.underlying()).elem();
            load(bc.args.get(0));
            if (bc.spread) {
                Value t = bc.args.get(1);
                load(t);
                if (t.type().underlying() instanceof Basic) {
                    cb.invokestatic(JvmTypes.SLICES, "appendString", MethodTypeDesc.of(JvmTypes.SLICE, JvmTypes.SLICE, JvmTypes.GO_STRING));
                    return;
                }
                componentClass(elem);
                allocClass(elem);
                zeroElem(elem);
                cb.invokestatic(JvmTypes.SLICES, "appendSlice",
                        MethodTypeDesc.of(JvmTypes.SLICE, JvmTypes.SLICE, JvmTypes.SLICE, CD_Class, CD_int, CD_boolean, CD_Object));
                return;
            }
            int n = bc.args.size() - 1;
            String k = JvmTypes.elemKind(elem);
            if (n == 1) {
                String name = k.equals("UB") ? "appendB" : "append" + k;
                load(bc.args.get(1));
                if (k.equals("L")) {
                    componentClass(elem);
                    allocClass(elem);
                    zeroElem(elem);
                    cb.invokestatic(JvmTypes.SLICES, name, MethodTypeDesc.of(JvmTypes.SLICE, JvmTypes.SLICE, CD_Object, CD_Class, CD_int, CD_boolean, CD_Object));
                } else {
                    ClassDesc v = TypeKind.from(JvmTypes.desc(elem)).upperBound();
                    cb.invokestatic(JvmTypes.SLICES, name, MethodTypeDesc.of(JvmTypes.SLICE, JvmTypes.SLICE, v));
                }
                return;
            }
            cb.loadConstant(n);
            componentClass(elem);
            allocClass(elem);
            zeroElem(elem);
            cb.invokestatic(JvmTypes.SLICES, "grow", MethodTypeDesc.of(JvmTypes.SLICE, JvmTypes.SLICE, CD_int, CD_Class, CD_int, CD_boolean, CD_Object));
            if (n == 0) return;
            int r = cb.allocateLocal(TypeKind.REFERENCE), base = cb.allocateLocal(TypeKind.LONG);
            cb.astore(r);
            cb.aload(r);
            cb.invokestatic(JvmTypes.SLICES, "len", MethodTypeDesc.of(CD_int, JvmTypes.SLICE));
            cb.i2l();
            cb.loadConstant((long) n);
            cb.lsub();
            cb.lstore(base);
            String name = k.equals("UB") ? "setB" : "set" + k;
            ClassDesc v = k.equals("L") ? CD_Object : TypeKind.from(JvmTypes.desc(elem)).upperBound();
            for (int i = 0; i < n; i++) {
                cb.aload(r);
                cb.lload(base);
                if (i > 0) { cb.loadConstant((long) i); cb.ladd(); }
                load(bc.args.get(i + 1));
                cb.invokestatic(JvmTypes.SLICES, name, MethodTypeDesc.of(CD_void, JvmTypes.SLICE, CD_long, v));
            }
            cb.aload(r);
        }

        private void unop(Instr.UnOp op) {
            Basic b = JvmTypes.basic(op.type());
            TypeKind k = JvmTypes.kind(op.type());
            load(op.x);
            if (b.isComplex()) {
                ClassDesc c = JvmTypes.desc(op.type());
                cb.invokestatic(c, "neg", MethodTypeDesc.of(c, c));
                return;
            }
            switch (op.op) {
                case SUB -> { arith(k, Opcode.INEG, Opcode.LNEG, Opcode.FNEG, Opcode.DNEG); normalize(b); }
                case NOT -> { cb.iconst_1(); cb.ixor(); }
                case XOR -> {
                    if (k == TypeKind.LONG) { cb.loadConstant(-1L); cb.lxor(); }
                    else { cb.iconst_m1(); cb.ixor(); normalize(b); }
                }
                default -> throw new IllegalStateException("unary " + op.op);
            }
        }

        /** Pushes 1 if reference {@code v} is not null, else 0. */
        private void nonNil(Value v) {
            Label isNil = cb.newLabel(), done = cb.newLabel();
            load(v);
            cb.ifnull(isNil);
            cb.iconst_1();
            cb.goto_(done);
            cb.labelBinding(isNil);
            cb.iconst_0();
            cb.labelBinding(done);
        }

        /** Whether values of type {@code t} occupy no memory (struct{}, [0]T and compositions of them). */
        private static boolean zeroSize(Type t) {
            return switch (t.underlying()) {
                case goj.types.Array a -> a.len() == 0 || zeroSize(a.elem());
                case goj.types.Struct st -> st.fields().stream().allMatch(f -> zeroSize(f.type()));
                default -> false;
            };
        }

        private void binop(Instr.BinOp op) {
            Type t = op.x.type();
            if (t.underlying() instanceof goj.types.Interface && op.y.type().underlying() instanceof goj.types.Interface
                    && !(op.x instanceof Const) && !(op.y instanceof Const)) {
                load(op.x);
                load(op.y);
                cb.invokestatic(ClassDesc.of("goj.rt.Ifaces"), "equal", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                if (op.op == Operator.NEQ) { cb.iconst_1(); cb.ixor(); }
                return;
            }
            if (t.underlying() instanceof goj.types.Struct) {
                load(op.x);
                load(op.y);
                cb.invokevirtual(JvmTypes.structClass(t), "eq", MethodTypeDesc.of(CD_boolean, CD_Object));
                if (op.op == Operator.NEQ) { cb.iconst_1(); cb.ixor(); }
                return;
            }
            if (t.underlying() instanceof goj.types.Pointer p && zeroSize(p.elem())) {
                // like gc's heap pointers to zero-size values (all &runtime.zerobase): equal unless one is nil
                nonNil(op.x);
                nonNil(op.y);
                cb.ixor();
                if (op.op == Operator.EQL) { cb.iconst_1(); cb.ixor(); }
                return;
            }
            if (t.underlying() instanceof goj.types.Pointer p && !(p.elem().underlying() instanceof goj.types.Struct)) {
                load(op.x); // pointers to one element or field are equal objects, not the same object
                load(op.y);
                cb.invokestatic(ClassDesc.of("goj.rt.Pointers"), "same", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                if (op.op == Operator.NEQ) { cb.iconst_1(); cb.ixor(); }
                return;
            }
            if (t.underlying() instanceof goj.types.Array) { // same comparison as of array fields
                load(op.x);
                load(op.y);
                cb.invokestatic(ClassDesc.of("java.util.Objects"), "deepEquals", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                if (op.op == Operator.NEQ) { cb.iconst_1(); cb.ixor(); }
                return;
            }
            if (!(t.underlying() instanceof Basic) || !(op.y.type().underlying() instanceof Basic)) {
                // slices, pointers, funcs: only comparison with nil, by reference
                load(op.x);
                load(op.y);
                Label yes = cb.newLabel(), done = cb.newLabel();
                cb.branch(op.op == Operator.EQL ? Opcode.IF_ACMPEQ : Opcode.IF_ACMPNE, yes);
                cb.iconst_0();
                cb.goto_(done);
                cb.labelBinding(yes);
                cb.iconst_1();
                cb.labelBinding(done);
                return;
            }
            Basic b = JvmTypes.basic(t);
            TypeKind k = JvmTypes.kind(t);
            if (b.isString()) {
                stringOp(op);
                return;
            }
            if (b.isComplex()) {
                complexOp(op);
                return;
            }
            if (op.op == Operator.SHL || op.op == Operator.SHR) {
                shift(op, b, k);
                return;
            }
            load(op.x);
            load(op.y);
            switch (op.op) {
                case ADD -> { arith(k, Opcode.IADD, Opcode.LADD, Opcode.FADD, Opcode.DADD); normalize(b); }
                case SUB -> { arith(k, Opcode.ISUB, Opcode.LSUB, Opcode.FSUB, Opcode.DSUB); normalize(b); }
                case MUL -> { arith(k, Opcode.IMUL, Opcode.LMUL, Opcode.FMUL, Opcode.DMUL); normalize(b); }
                case DIV, REM -> divide(op, b, k);
                case AND -> arith(k, Opcode.IAND, Opcode.LAND, null, null);
                case OR -> arith(k, Opcode.IOR, Opcode.LOR, null, null);
                case XOR -> arith(k, Opcode.IXOR, Opcode.LXOR, null, null);
                case ANDNOT -> {
                    if (k == TypeKind.LONG) { cb.loadConstant(-1L); cb.lxor(); } else { cb.iconst_m1(); cb.ixor(); }
                    arith(k, Opcode.IAND, Opcode.LAND, null, null);
                }
                case EQL, NEQ, LSS, LEQ, GTR, GEQ -> compare(op.op, b, k);
                default -> throw new IllegalStateException("binary " + op.op);
            }
        }

        private void divide(Instr.BinOp op, Basic b, TypeKind k) {
            if (b.isInteger()) {
                Label ok = cb.newLabel();
                if (k == TypeKind.LONG) { cb.dup2(); cb.lconst_0(); cb.lcmp(); } else cb.dup();
                cb.ifne(ok);
                cb.invokestatic(JvmTypes.OPS, "divideByZero", MethodTypeDesc.of(JvmTypes.GO_PANIC));
                cb.athrow();
                cb.labelBinding(ok);
                if (unsignedOps(b, k)) {
                    ClassDesc box = k == TypeKind.LONG ? ClassDesc.of("java.lang.Long") : ClassDesc.of("java.lang.Integer");
                    ClassDesc prim = k == TypeKind.LONG ? CD_long : CD_int;
                    cb.invokestatic(box, op.op == Operator.DIV ? "divideUnsigned" : "remainderUnsigned", MethodTypeDesc.of(prim, prim, prim));
                    return;
                }
            }
            if (op.op == Operator.DIV) arith(k, Opcode.IDIV, Opcode.LDIV, Opcode.FDIV, Opcode.DDIV); else arith(k, Opcode.IREM, Opcode.LREM, Opcode.FREM, Opcode.DREM);
            normalize(b);
        }

        /** Go shifts: counts at or above the width give 0 (or the sign), a negative signed count panics. */
        private void shift(Instr.BinOp op, Basic b, TypeKind k) {
            load(op.x);
            Basic cb0 = JvmTypes.basic(op.y.type());
            load(op.y);
            if (JvmTypes.kind(op.y.type()) != TypeKind.LONG) {
                cb.i2l();
                if (cb0.kind() == Basic.Kind.UINT32) { cb.loadConstant(0xFFFFFFFFL); cb.land(); }
            }
            cb.loadConstant(cb0.isUnsigned() ? 0 : 1);
            cb.invokestatic(JvmTypes.OPS, "shiftCount", MethodTypeDesc.of(CD_int, CD_long, CD_boolean));
            boolean left = op.op == Operator.SHL;
            String name = (left ? "shl" : b.isUnsigned() ? "ushr" : "shr") + (k == TypeKind.LONG ? "64" : "32");
            ClassDesc t = k == TypeKind.LONG ? CD_long : CD_int;
            cb.invokestatic(JvmTypes.OPS, name, MethodTypeDesc.of(t, t, CD_int));
            if (left) normalize(b);
        }

        /** Emits the arithmetic instruction for JVM kind {@code k}. */
        private void arith(TypeKind k, Opcode i, Opcode l, Opcode f, Opcode d) {
            cb.with(OperatorInstruction.of(switch (k) {
                case LONG -> l;
                case FLOAT -> f;
                case DOUBLE -> d;
                default -> i;
            }));
        }

        /** Keeps a sub-word integer result in its type's range (two's complement wraparound). */
        private void normalize(Basic b) {
            switch (b.kind()) {
                case INT8 -> cb.i2b();
                case INT16 -> cb.i2s();
                case UINT8 -> { cb.loadConstant(0xFF); cb.iand(); }
                case UINT16 -> cb.i2c();
                default -> { }
            }
        }

        private void compare(Operator op, Basic b, TypeKind k) {
            threeWay(k, unsignedOps(b, k), op == Operator.GTR || op == Operator.GEQ);
            boolToStack(op);
        }

        /**
         * Whether values of type {@code b}, held as {@code k}, need the JVM's unsigned operations
         * (compare, divide, min/max): uint64/uint and uint32; uint8 and uint16 are held
         * zero-extended in ints, where the signed ones agree.
         */
        private static boolean unsignedOps(Basic b, TypeKind k) {
            return b.isUnsigned() && (k == TypeKind.LONG || b.kind() == Basic.Kind.UINT32);
        }

        /**
         * Replaces the two operands of kind {@code k} on the stack by their three-way comparison
         * (an int below, at or above 0); {@code greater}: the operator is {@code >} or {@code >=}.
         */
        private void threeWay(TypeKind k, boolean unsigned, boolean greater) {
            switch (k) {
                case LONG -> {
                    if (unsigned) cb.invokestatic(ClassDesc.of("java.lang.Long"), "compareUnsigned", MethodTypeDesc.of(CD_int, CD_long, CD_long));
                    else cb.lcmp();
                }
                // NaN compares false with every operator but !=: fcmpl gives -1 and fcmpg +1 for it
                case FLOAT -> { if (greater) cb.fcmpl(); else cb.fcmpg(); }
                case DOUBLE -> { if (greater) cb.dcmpl(); else cb.dcmpg(); }
                default -> cb.invokestatic(ClassDesc.of("java.lang.Integer"), unsigned ? "compareUnsigned" : "compare",
                        MethodTypeDesc.of(CD_int, CD_int, CD_int));
            }
        }

        /** With a three-way comparison result (int) on the stack, pushes the boolean for {@code op}. */
        private void boolToStack(Operator op) {
            Label t = cb.newLabel(), done = cb.newLabel();
            Opcode jump = switch (op) {
                case EQL -> Opcode.IFEQ;
                case NEQ -> Opcode.IFNE;
                case LSS -> Opcode.IFLT;
                case LEQ -> Opcode.IFLE;
                case GTR -> Opcode.IFGT;
                case GEQ -> Opcode.IFGE;
                default -> throw new IllegalStateException(op.toString());
            };
            cb.branch(jump, t);
            cb.iconst_0();
            cb.goto_(done);
            cb.labelBinding(t);
            cb.iconst_1();
            cb.labelBinding(done);
        }

        /** Complex + - * / (goj.rt.Complex64/128 compute with gc's precision) and == !=. */
        private void complexOp(Instr.BinOp op) {
            ClassDesc c = JvmTypes.desc(op.x.type());
            load(op.x);
            load(op.y);
            switch (op.op) {
                case EQL, NEQ -> {
                    cb.invokestatic(c, "eq", MethodTypeDesc.of(CD_boolean, c, c));
                    if (op.op == Operator.NEQ) { cb.iconst_1(); cb.ixor(); }
                }
                case ADD -> cb.invokestatic(c, "add", MethodTypeDesc.of(c, c, c));
                case SUB -> cb.invokestatic(c, "sub", MethodTypeDesc.of(c, c, c));
                case MUL -> cb.invokestatic(c, "mul", MethodTypeDesc.of(c, c, c));
                case DIV -> cb.invokestatic(c, "div", MethodTypeDesc.of(c, c, c));
                default -> throw new IllegalStateException("complex " + op.op);
            }
        }

        private void stringOp(Instr.BinOp op) {
            List<Value> parts = new java.util.ArrayList<>();
            if (op.op == Operator.ADD) {
                concatOperands(op.x, parts);
                concatOperands(op.y, parts);
            }
            if (parts.size() > 2) {
                cb.loadConstant(parts.size());
                cb.anewarray(JvmTypes.GO_STRING);
                for (int i = 0; i < parts.size(); i++) {
                    cb.dup();
                    cb.loadConstant(i);
                    load(parts.get(i));
                    cb.aastore();
                }
                cb.invokestatic(JvmTypes.GO_STRING, "concat", MethodTypeDesc.of(JvmTypes.GO_STRING, JvmTypes.GO_STRING.arrayType()));
                return;
            }
            load(op.x);
            load(op.y);
            switch (op.op) {
                case ADD -> cb.invokevirtual(JvmTypes.GO_STRING, "concat", MethodTypeDesc.of(JvmTypes.GO_STRING, JvmTypes.GO_STRING));
                case EQL, NEQ -> {
                    cb.invokevirtual(JvmTypes.GO_STRING, "equals", MethodTypeDesc.of(CD_boolean, CD_Object));
                    if (op.op == Operator.NEQ) { cb.iconst_1(); cb.ixor(); }
                }
                default -> {
                    cb.invokevirtual(JvmTypes.GO_STRING, "compareTo", MethodTypeDesc.of(CD_int, JvmTypes.GO_STRING));
                    boolToStack(op.op);
                }
            }
        }

        /** Converts the value {@code x} to type {@code to}, leaving it on the stack. */
        private void convert(Value x, Type to) {
            load(x);
            Type fu = x.type().underlying(), tu = to.underlying();
            if (fu instanceof goj.types.Slice fs && tu instanceof Basic) {
                boolean runes = fs.elem().underlying() == goj.types.Universe.INT32;
                cb.invokestatic(JvmTypes.SLICES, runes ? "stringOfRunes" : "stringOfBytes", MethodTypeDesc.of(JvmTypes.GO_STRING, JvmTypes.SLICE));
                return;
            }
            if (fu instanceof Basic && tu instanceof goj.types.Slice ts) {
                boolean runes = ts.elem().underlying() == goj.types.Universe.INT32;
                cb.invokestatic(JvmTypes.SLICES, runes ? "runesOf" : "bytesOf", MethodTypeDesc.of(JvmTypes.SLICE, JvmTypes.GO_STRING));
                return;
            }
            if (fu instanceof goj.types.Struct fs && tu instanceof goj.types.Struct
                    && !JvmTypes.structClass(x.type()).equals(JvmTypes.structClass(to))) {
                // a conversion between struct types with identical fields: copy into the other class
                ClassDesc from = JvmTypes.structClass(x.type()), target = JvmTypes.structClass(to);
                int src = cb.allocateLocal(TypeKind.REFERENCE);
                cb.astore(src);
                cb.new_(target);
                cb.dup();
                cb.invokespecial(target, "<init>", MethodTypeDesc.of(CD_void));
                for (int i = 0; i < fs.fields().size(); i++) {
                    cb.dup();
                    cb.aload(src);
                    ClassDesc fd = JvmTypes.desc(fs.fields().get(i).type());
                    cb.getfield(from, JvmTypes.fieldName(fs, i), fd);
                    cb.putfield(target, JvmTypes.fieldName(fs, i), fd);
                }
                return;
            }
            if (!(fu instanceof Basic) || !(tu instanceof Basic)) return; // same representation
            Basic from = JvmTypes.basic(x.type()), tb = JvmTypes.basic(to);
            if (from.isInteger() && tb.isString()) {
                TypeKind ik = JvmTypes.kind(x.type());
                if (ik != TypeKind.LONG) {
                    cb.i2l();
                    if (from.kind() == Basic.Kind.UINT32) { cb.loadConstant(0xFFFFFFFFL); cb.land(); }
                }
                cb.invokestatic(JvmTypes.SLICES, "stringOfRune", MethodTypeDesc.of(JvmTypes.GO_STRING, CD_long));
                return;
            }
            if (from.isString() && tb.isString()) return;
            if (from.isComplex() && tb.isComplex()) {
                ClassDesc fd = JvmTypes.desc(x.type()), td = JvmTypes.desc(to);
                if (!fd.equals(td)) cb.invokestatic(td, "of", MethodTypeDesc.of(td, fd));
                return;
            }
            TypeKind fk = JvmTypes.kind(x.type()), tk = JvmTypes.kind(to);
            if (from.isInteger() && tb.isFloat() && from.isUnsigned() && fk == TypeKind.LONG) {
                cb.invokestatic(JvmTypes.OPS, tk == TypeKind.FLOAT ? "u2f" : "u2d", MethodTypeDesc.of(tk == TypeKind.FLOAT ? CD_float : CD_double, CD_long));
                return;
            }
            if (from.kind() == Basic.Kind.UINT32 && tb.isFloat()) { // via long: the JVM's int conversions are signed
                cb.i2l();
                cb.loadConstant(0xFFFFFFFFL);
                cb.land();
                cb.conversion(TypeKind.LONG, tk);
                return;
            }
            if (from.isInteger() && from.isUnsigned() && fk == TypeKind.INT && tk == TypeKind.LONG) {
                cb.i2l();
                if (from.kind() == Basic.Kind.UINT32) { cb.loadConstant(0xFFFFFFFFL); cb.land(); }
                return;
            }
            if (from.isFloat() && tb.isInteger() && tb.isUnsigned() && tk == TypeKind.LONG) {
                if (fk == TypeKind.FLOAT) cb.f2d();
                cb.invokestatic(JvmTypes.OPS, "f2u", MethodTypeDesc.of(CD_long, CD_double));
                return;
            }
            if (from.isFloat() && tb.kind() == Basic.Kind.UINT32) { // as gc on amd64: via int64, so all of uint32's range converts
                cb.conversion(fk, TypeKind.LONG);
                cb.l2i();
                return;
            }
            if (fk != tk) cb.conversion(fk, tk);
            if (tk == TypeKind.INT) normalize(tb);
        }
    }
}
