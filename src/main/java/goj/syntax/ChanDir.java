package goj.syntax;

/** Direction of a {@link ChanType}. */
public enum ChanDir { BOTH, SEND, RECV }
