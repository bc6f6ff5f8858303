// Package units writes quantities for people: file sizes in the CLI's
// output and in the live preview.
package units

import "fmt"

// Size writes a byte count as "7.8 MB", "153 KB" or "512 bytes".
func Size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
