package p

import "unsafe"

var a [len(a)]int

var x struct {
	f [unsafe.Sizeof(x.f)]int
}

var y [len(z)]int
var z = y
