package goj.rt;

/**
 * Implemented by every generated struct class. A struct value is an object of its class; the
 * object of a variable keeps its identity for the variable's lifetime (a pointer to the variable
 * is the object itself), so assignments copy into it and values are copied when passed around.
 */
public interface GoStruct {
    /** A new object with this one's field values (nested structs and arrays copied too). */
    GoStruct copy();
}
