package p

import _ "unsafe"

//go:linkname nonexistent nonexistent

//go:linkname constant constant
const constant = 42
