package goj.ssa;

import goj.syntax.Operator;
import goj.syntax.Pos;
import goj.types.Builtin;
import goj.types.Tuple;
import goj.types.Type;
import goj.types.Universe;
import goj.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * An instruction of a basic block. Instructions that compute something are values; the others
 * ({@link Jump}, {@link If}, {@link Return}, {@link Panic}, {@link Store}, builtin calls with no
 * result) have type {@link Tuple#EMPTY}. The last instruction of every block is a terminator
 * ({@link Jump}, {@link If}, {@link Return} or {@link Panic}), and no other is.
 */
public abstract sealed class Instr extends Value {
    BasicBlock block;

    /**
     * Set by {@link NarrowInduction} on 64-bit integer phis and their increments proved to lie in
     * {@code [0, 2^31-1]}: the back end keeps them in JVM ints.
     */
    public boolean int32;

    Instr(Type type, Pos pos) { super(type, pos); }

    public BasicBlock block() { return block; }

    /** The values this instruction reads, in order. */
    public abstract List<Value> operands();

    public boolean isTerminator() { return this instanceof Jump || this instanceof If || this instanceof Return || this instanceof Panic; }

    /** {@code x op y} on operands of identical type (comparisons give bool). */
    public static final class BinOp extends Instr {
        public final Operator op;
        public Value x, y;
        BinOp(Operator op, Value x, Value y, Type type, Pos pos) { super(type, pos); this.op = op; this.x = x; this.y = y; }
        @Override public List<Value> operands() { return List.of(x, y); }
    }

    /** {@code op x} for - ! ^. */
    public static final class UnOp extends Instr {
        public final Operator op;
        public Value x;
        UnOp(Operator op, Value x, Type type, Pos pos) { super(type, pos); this.op = op; this.x = x; }
        @Override public List<Value> operands() { return List.of(x); }
    }

    /** A conversion of {@code x} to this value's type (numeric or string types). */
    public static final class Convert extends Instr {
        public Value x;
        Convert(Value x, Type type, Pos pos) { super(type, pos); this.x = x; }
        @Override public List<Value> operands() { return List.of(x); }
    }

    /** A call of a package-level function. */
    public static final class Call extends Instr {
        public final goj.types.Func callee;
        public List<Value> args;
        Call(goj.types.Func callee, List<Value> args, Type type, Pos pos) { super(type, pos); this.callee = callee; this.args = args; }
        @Override public List<Value> operands() { return args; }
    }

    /** A call of a builtin whose semantics the back end implements directly (print, println, len). */
    public static final class BuiltinCall extends Instr {
        public final Builtin.Id builtin;
        public List<Value> args;
        /** For append: the last argument is a slice (or string) spread with {@code ...}. */
        public final boolean spread;
        BuiltinCall(Builtin.Id builtin, List<Value> args, Type type, boolean spread, Pos pos) {
            super(type, pos);
            this.builtin = builtin;
            this.args = args;
            this.spread = spread;
        }
        @Override public List<Value> operands() { return args; }
    }

    /** The {@code index}-th value of a multi-value call's result. */
    public static final class Extract extends Instr {
        public Value tuple;
        public final int index;
        Extract(Value tuple, int index, Type type, Pos pos) { super(type, pos); this.tuple = tuple; this.index = index; }
        @Override public List<Value> operands() { return List.of(tuple); }
    }

    /**
     * {@code x[i]} of a slice, array or string; panics unless {@code 0 <= i < len(x)}, a check the
     * back end omits once {@link BoundsCheckElim} has proved it and cleared {@link #needsBoundsCheck}.
     */
    public static final class Index extends Instr {
        public Value x, index;
        public boolean needsBoundsCheck = true;
        Index(Value x, Value index, Type type, Pos pos) { super(type, pos); this.x = x; this.index = index; }
        @Override public List<Value> operands() { return List.of(x, index); }
    }

    /** {@code x[i] = value} for a slice or array; the bounds check as for {@link Index}. */
    public static final class IndexStore extends Instr {
        public Value x, index, value;
        public boolean needsBoundsCheck = true;
        IndexStore(Value x, Value index, Value value, Pos pos) { super(Tuple.EMPTY, pos); this.x = x; this.index = index; this.value = value; }
        @Override public List<Value> operands() { return List.of(x, index, value); }
    }

    /** {@code x[lo:hi:max]} of a slice, array or string; omitted bounds are null. */
    public static final class SliceOp extends Instr {
        public Value x, lo, hi, max;
        SliceOp(Value x, Value lo, Value hi, Value max, Type type, Pos pos) { super(type, pos); this.x = x; this.lo = lo; this.hi = hi; this.max = max; }
        @Override public List<Value> operands() {
            List<Value> l = new ArrayList<>(List.of(x));
            for (Value v : new Value[] {lo, hi, max}) if (v != null) l.add(v);
            return l;
        }
    }

    /** A new slice ({@code make}) of this value's type; {@code cap} may be null. */
    public static final class MakeSlice extends Instr {
        public Value len, cap;
        MakeSlice(Value len, Value cap, Type type, Pos pos) { super(type, pos); this.len = len; this.cap = cap; }
        @Override public List<Value> operands() { return cap == null ? List.of(len) : List.of(len, cap); }
    }

    /** A new zeroed array of this value's array type. */
    public static final class MakeArray extends Instr {
        MakeArray(Type type, Pos pos) { super(type, pos); }
        @Override public List<Value> operands() { return List.of(); }
    }

    /** A copy of an array value (arrays are values). */
    public static final class CloneArray extends Instr {
        public Value x;
        CloneArray(Value x, Pos pos) { super(x.type(), pos); this.x = x; }
        @Override public List<Value> operands() { return List.of(x); }
    }

    /** A slice wrapping the whole of a freshly made array (slice literals). */
    public static final class WrapArray extends Instr {
        public Value array;
        WrapArray(Value array, Type type, Pos pos) { super(type, pos); this.array = array; }
        @Override public List<Value> operands() { return List.of(array); }
    }

    /** The next rune of string {@code s} at byte {@code index}: a long {@code (width << 32) | rune}. */
    public static final class DecodeRune extends Instr {
        public Value s, index;
        DecodeRune(Value s, Value index, Pos pos) { super(goj.types.Universe.INT, pos); this.s = s; this.index = index; }
        @Override public List<Value> operands() { return List.of(s, index); }
    }

    /** A new struct object with zero fields (a zero value, {@code new(T)}, {@code &T{}}). */
    public static final class NewStruct extends Instr {
        NewStruct(Type type, Pos pos) { super(type, pos); }
        @Override public List<Value> operands() { return List.of(); }
    }

    /** Field {@code index} of the struct object {@code x} (a struct value or a pointer to one). */
    public static final class Field extends Instr {
        public Value x;
        public final goj.types.Struct struct;
        public final int index;
        Field(Value x, goj.types.Struct struct, int index, Type type, Pos pos) { super(type, pos); this.x = x; this.struct = struct; this.index = index; }
        @Override public List<Value> operands() { return List.of(x); }
    }

    /** {@code x.f = value} for the struct object {@code x}. */
    public static final class FieldStore extends Instr {
        public Value x, value;
        public final goj.types.Struct struct;
        public final int index;
        FieldStore(Value x, goj.types.Struct struct, int index, Value value, Pos pos) { super(Tuple.EMPTY, pos); this.x = x; this.struct = struct; this.index = index; this.value = value; }
        @Override public List<Value> operands() { return List.of(x, value); }
    }

    /** A copy of struct value {@code x} (structs are values). */
    public static final class CopyStruct extends Instr {
        public Value x;
        CopyStruct(Value x, Pos pos) { super(x.type() instanceof goj.types.Pointer p ? p.elem() : x.type(), pos); this.x = x; }
        @Override public List<Value> operands() { return List.of(x); }
    }

    /** Copies struct value {@code src} into the existing struct object {@code dst} (assignment). */
    public static final class AssignStruct extends Instr {
        public Value dst, src;
        AssignStruct(Value dst, Value src, Pos pos) { super(Tuple.EMPTY, pos); this.dst = dst; this.src = src; }
        @Override public List<Value> operands() { return List.of(dst, src); }
    }

    /** A new heap cell (of this value's pointer type) holding {@code init}. */
    public static final class NewCell extends Instr {
        public Value init;
        NewCell(Value init, Type type, Pos pos) { super(type, pos); this.init = init; }
        @Override public List<Value> operands() { return List.of(init); }
    }

    /** Pointer {@code x} itself, after a nil pointer dereference panic if it is nil ({@code &*p}). */
    public static final class NilCheck extends Instr {
        public Value x;
        NilCheck(Value x, Pos pos) { super(x.type(), pos); this.x = x; }
        @Override public List<Value> operands() { return List.of(x); }
    }

    /** {@code &x[i]} of an array or slice {@code x} whose elements are not structs (a pointer to the element). */
    public static final class ElemAddr extends Instr {
        public Value x, index;
        ElemAddr(Value x, Value index, Type type, Pos pos) { super(type, pos); this.x = x; this.index = index; }
        @Override public List<Value> operands() { return List.of(x, index); }
    }

    /**
     * A pointer to a non-struct field: field {@code index} of struct object {@code x} (a nil x
     * panics), or (x null) package-level variable {@code global}.
     */
    public static final class FieldAddr extends Instr {
        public Value x;
        public final goj.types.Struct struct;
        public final int index;
        public final Var global;
        FieldAddr(Value x, goj.types.Struct struct, int index, Type type, Pos pos) { super(type, pos); this.x = x; this.struct = struct; this.index = index; this.global = null; }
        FieldAddr(Var global, Type type, Pos pos) { super(type, pos); this.x = null; this.struct = null; this.index = -1; this.global = global; }
        @Override public List<Value> operands() { return x == null ? List.of() : List.of(x); }
    }

    /** The value pointer {@code cell} points to (a heap cell, an element or a field). */
    public static final class CellGet extends Instr {
        public Value cell;
        CellGet(Value cell, Pos pos) { super(((goj.types.Pointer) cell.type().underlying()).elem(), pos); this.cell = cell; }
        @Override public List<Value> operands() { return List.of(cell); }
    }

    /** Stores {@code value} where pointer {@code cell} points. */
    public static final class CellSet extends Instr {
        public Value cell, value;
        CellSet(Value cell, Value value, Pos pos) { super(Tuple.EMPTY, pos); this.cell = cell; this.value = value; }
        @Override public List<Value> operands() { return List.of(cell, value); }
    }

    /**
     * A func value: the package function {@code method} with the leading {@code captures} (cells)
     * bound; its type is the Go signature of the remaining parameters.
     */
    public static final class MakeClosure extends Instr {
        public final String method;
        public List<Value> captures;
        MakeClosure(String method, List<Value> captures, Type type, Pos pos) { super(type, pos); this.method = method; this.captures = captures; }
        @Override public List<Value> operands() { return captures; }
    }

    /** A call of a func value. */
    public static final class CallValue extends Instr {
        public Value fn;
        public List<Value> args;
        CallValue(Value fn, List<Value> args, Type type, Pos pos) { super(type, pos); this.fn = fn; this.args = args; }
        @Override public List<Value> operands() {
            List<Value> l = new ArrayList<>(List.of(fn));
            l.addAll(args);
            return l;
        }
    }

    /** Converts concrete value {@code x} to this value's interface type (boxing it with its dynamic type). */
    public static final class MakeInterface extends Instr {
        public Value x;
        MakeInterface(Value x, Type type, Pos pos) { super(type, pos); this.x = x; }
        @Override public List<Value> operands() { return List.of(x); }
    }

    /** A call of interface method {@code method} on interface value {@code x}. */
    public static final class Invoke extends Instr {
        public Value x;
        public final goj.types.Func method;
        public List<Value> args;
        Invoke(Value x, goj.types.Func method, List<Value> args, Type type, Pos pos) { super(type, pos); this.x = x; this.method = method; this.args = args; }
        @Override public List<Value> operands() {
            List<Value> l = new ArrayList<>(List.of(x));
            l.addAll(args);
            return l;
        }
    }

    /**
     * {@code x.(T)}: T's value, panicking when x's dynamic type is not T (does not implement T);
     * with {@code commaOk}, a (value, ok) tuple instead of the panic.
     */
    public static final class TypeAssert extends Instr {
        public Value x;
        public final Type asserted;
        public final boolean commaOk;
        TypeAssert(Value x, Type asserted, boolean commaOk, Type type, Pos pos) { super(type, pos); this.x = x; this.asserted = asserted; this.commaOk = commaOk; }
        @Override public List<Value> operands() { return List.of(x); }
    }

    /**
     * {@code defer}: pushes the thunk {@code method} bound to {@code captures} (the call's evaluated
     * operands) onto this activation's deferred calls, or onto {@code stack} (a {@link DeferStack}
     * of the enclosing function) in the body of a range over a function.
     */
    public static final class Defer extends Instr {
        public final String method;
        public List<Value> captures;
        public Value stack;
        Defer(String method, List<Value> captures, Value stack, Pos pos) { super(Tuple.EMPTY, pos); this.method = method; this.captures = captures; this.stack = stack; }
        @Override public List<Value> operands() {
            if (stack == null) return captures;
            List<Value> ops = new ArrayList<>(captures);
            ops.add(stack);
            return ops;
        }
    }

    /**
     * The deferred calls of this activation as a value (of the empty interface type), handed to the
     * bodies of its range-over-function loops so that their {@code defer}s run when it returns.
     */
    public static final class DeferStack extends Instr {
        DeferStack(Pos pos) { super(Universe.EMPTY_INTERFACE, pos); }
        @Override public List<Value> operands() { return List.of(); }
    }

    /** {@code go f(args)}: starts a goroutine running thunk {@code method} bound to {@code captures}. */
    public static final class Go extends Instr {
        public final String method;
        public List<Value> captures;
        Go(String method, List<Value> captures, Pos pos) { super(Tuple.EMPTY, pos); this.method = method; this.captures = captures; }
        @Override public List<Value> operands() { return captures; }
    }

    /** {@code make(chan T, size)}. */
    public static final class MakeChan extends Instr {
        public Value size;
        MakeChan(Value size, Type type, Pos pos) { super(type, pos); this.size = size; }
        @Override public List<Value> operands() { return List.of(size); }
    }

    /** {@code ch <- value}. */
    public static final class Send extends Instr {
        public Value chan, value;
        Send(Value chan, Value value, Pos pos) { super(Tuple.EMPTY, pos); this.chan = chan; this.value = value; }
        @Override public List<Value> operands() { return List.of(chan, value); }
    }

    /** {@code <-ch}: the element, or with {@code commaOk} an (element, ok) tuple. */
    public static final class Recv extends Instr {
        public Value chan;
        public final boolean commaOk;
        Recv(Value chan, boolean commaOk, Type type, Pos pos) { super(type, pos); this.chan = chan; this.commaOk = commaOk; }
        @Override public List<Value> operands() { return List.of(chan); }
    }

    /** One case of a {@link Select}: a send of {@code value} on {@code chan}, or a receive (value null). */
    public record SelectCase(Value chan, Value value, boolean isSend) {}

    /** {@code select}: blocks until a case can proceed and yields its index (-1: the default case). */
    public static final class Select extends Instr {
        public List<SelectCase> cases;
        public final boolean hasDefault;
        Select(List<SelectCase> cases, boolean hasDefault, Pos pos) { super(goj.types.Universe.INT, pos); this.cases = cases; this.hasDefault = hasDefault; }
        @Override public List<Value> operands() {
            List<Value> l = new ArrayList<>();
            for (SelectCase c : cases) {
                l.add(c.chan());
                if (c.value() != null) l.add(c.value());
            }
            return l;
        }
    }

    /** The value received by the chosen receive case of {@code select} (a tuple with ok when {@code commaOk}). */
    public static final class SelectRecv extends Instr {
        public final Select select;
        public final boolean commaOk;
        SelectRecv(Select select, boolean commaOk, Type type, Pos pos) { super(type, pos); this.select = select; this.commaOk = commaOk; }
        @Override public List<Value> operands() { return List.of(select); }
    }

    /** {@code make(map[K]V, hint)} (hint may be a zero constant). */
    public static final class MakeMap extends Instr {
        public Value hint;
        MakeMap(Value hint, Type type, Pos pos) { super(type, pos); this.hint = hint; }
        @Override public List<Value> operands() { return List.of(hint); }
    }

    /** {@code m[k]}: the element (zero if absent), or with {@code commaOk} an (element, ok) tuple. */
    public static final class MapGet extends Instr {
        public Value map, key;
        public final boolean commaOk;
        MapGet(Value map, Value key, boolean commaOk, Type type, Pos pos) { super(type, pos); this.map = map; this.key = key; this.commaOk = commaOk; }
        @Override public List<Value> operands() { return List.of(map, key); }
    }

    /** {@code m[k] = value}. */
    public static final class MapPut extends Instr {
        public Value map, key, value;
        MapPut(Value map, Value key, Value value, Pos pos) { super(Tuple.EMPTY, pos); this.map = map; this.key = key; this.value = value; }
        @Override public List<Value> operands() { return List.of(map, key, value); }
    }

    /** {@code delete(m, k)}. */
    public static final class MapDelete extends Instr {
        public Value map, key;
        MapDelete(Value map, Value key, Pos pos) { super(Tuple.EMPTY, pos); this.map = map; this.key = key; }
        @Override public List<Value> operands() { return List.of(map, key); }
    }

    /** The keys of map {@code m} for a range loop, as a {@code []any} (see goj.rt.GoMap#keys). */
    public static final class MapKeys extends Instr {
        public Value map;
        MapKeys(Value map, Pos pos) { super(new goj.types.Slice(goj.types.Universe.EMPTY_INTERFACE), pos); this.map = map; }
        @Override public List<Value> operands() { return List.of(map); }
    }

    /** Whether interface-boxed key {@code key} is still in map {@code m}. */
    public static final class MapHas extends Instr {
        public Value map, key;
        MapHas(Value map, Value key, Pos pos) { super(goj.types.Universe.BOOL, pos); this.map = map; this.key = key; }
        @Override public List<Value> operands() { return List.of(map, key); }
    }

    /** Runs the function's deferred calls (just before a return). */
    public static final class RunDefers extends Instr {
        RunDefers(Pos pos) { super(Tuple.EMPTY, pos); }
        @Override public List<Value> operands() { return List.of(); }
    }

    /** Reads a package-level variable. */
    public static final class Load extends Instr {
        public final Var global;
        Load(Var global, Pos pos) { super(global.type(), pos); this.global = global; }
        @Override public List<Value> operands() { return List.of(); }
    }

    /** Writes a package-level variable. */
    public static final class Store extends Instr {
        public final Var global;
        public Value value;
        Store(Var global, Value value, Pos pos) { super(Tuple.EMPTY, pos); this.global = global; this.value = value; }
        @Override public List<Value> operands() { return List.of(value); }
    }

    /** Selects the value of {@code edges.get(i)} when control came from the block's i-th predecessor. */
    public static final class Phi extends Instr {
        public final List<Value> edges = new ArrayList<>();
        public final String comment;
        Phi(Type type, String comment, Pos pos) { super(type, pos); this.comment = comment; }
        @Override public List<Value> operands() { return edges; }
    }

    /** Unconditional jump to the block's single successor. */
    public static final class Jump extends Instr {
        Jump(Pos pos) { super(Tuple.EMPTY, pos); }
        @Override public List<Value> operands() { return List.of(); }
    }

    /** Jumps to successor 0 if {@code cond} is true, else to successor 1. */
    public static final class If extends Instr {
        public Value cond;
        If(Value cond, Pos pos) { super(Tuple.EMPTY, pos); this.cond = cond; }
        @Override public List<Value> operands() { return List.of(cond); }
    }

    /** Returns from the function with {@code results}. */
    public static final class Return extends Instr {
        public List<Value> results;
        Return(List<Value> results, Pos pos) { super(Tuple.EMPTY, pos); this.results = results; }
        @Override public List<Value> operands() { return results; }
    }

    /**
     * Starts a panic with {@code value} (converted to an interface by the back end); with {@code
     * rangeState}, value is the int state of a range-over-function loop whose yield function was
     * misused, and the panic is gc's run-time error for that state.
     */
    public static final class Panic extends Instr {
        public Value value;
        public final boolean rangeState;
        Panic(Value value, Pos pos) { this(value, false, pos); }
        Panic(Value value, boolean rangeState, Pos pos) { super(Tuple.EMPTY, pos); this.value = value; this.rangeState = rangeState; }
        @Override public List<Value> operands() { return List.of(value); }
    }
}
