package main

type Interface interface{ Len() int }
type reverse struct{ Interface }
type L []int

func (l L) Len() int { return len(l) }

func Reverse(data Interface) Interface { return &reverse{data} }

func main() {
	println(Reverse(L{1, 2, 3}).Len())
}
