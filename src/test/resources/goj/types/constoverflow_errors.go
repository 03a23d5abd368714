package p

const (
	c0 = 1 << 100
	c1 = c0 * c0
	c2 = c1 * c1
	c3 = c2 * c2
	c4 = c3 * c3
	d  = 1 << 600
	e  = c2*c2 - 1
	f  = -c2*c2 + 1
)
