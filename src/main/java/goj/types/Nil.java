package goj.types;

import goj.syntax.Pos;

/** Object: the predeclared {@code nil}. */
public final class Nil extends Obj {
    Nil() { super(Pos.NONE, null, "nil", Universe.UNTYPED_NIL); }
}
