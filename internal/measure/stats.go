package measure

import (
	"math"
	"slices"
)

// median returns the median of xs (0 for none); xs is not changed.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

// percentile returns the p-th percentile (0…100) by nearest rank.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// densest returns the value around which most of xs lie within ±tol (the
// median of the densest window) and how many lie there.
func densest(xs []float64, tol float64) (float64, int) {
	if len(xs) == 0 {
		return 0, 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	best, bestN, j := 0, 0, 0
	for i := range s {
		for s[i]-s[j] > 2*tol {
			j++
		}
		if n := i - j + 1; n > bestN {
			best, bestN = j, n
		}
	}
	return median(s[best : best+bestN]), bestN
}
