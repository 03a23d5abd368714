package p

import "strings"

type T struct{}

func (int) b()               {}
func (*strings.Builder) e()  {}
func (b *strings.Reader) f() {}
func (u undefinedT) g()      {}
func (T) m()                 {}
func (*T) m()                {}
