package p

type S struct{ f int }

func two() (int, int) { return 1, 2 }

func f(s []int, c chan int, m map[int]int, v S) {
	len(s)
	append(s, 1)
	string([]byte{})
	nil
	v
	(close(c))
	copy(s, s)
	<-c
	S{}
	len
	go len(s)
	defer new(int)
	go (f(s, c, m, v))
	m[1]
}

func g(s []int, m map[int]S, ma map[int][2]int) {
	m[0].f = 1
	ma[0][1] = 2
	"s"[0] = 1
	x := s
	x = nil
	_ = x
}
