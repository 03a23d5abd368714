package p

import _ "unsafe"

type t int

var x int

//go:linkname x ok
//go:linkname nonexist nonexist
//go:linkname t notvarfunc
//go:linkname x duplicate
//go:linkname y F[go.shape.int]
