package goj.rt;

/** A value in an interface that knows its Go dynamic type's name (as gc's runtime prints it). */
public interface GoValue {
    String goType();
}
