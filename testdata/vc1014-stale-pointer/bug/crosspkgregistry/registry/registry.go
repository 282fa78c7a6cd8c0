// Package registry appends to its receiver's slice and hands out pointers
// into it: its callers must not keep a pointer across Register.
package registry

// Service is one registered service.
type Service struct {
	Name string
	Port int
}

// Registry holds services by index.
type Registry struct{ Services []Service }

// Register appends a service.
func (r *Registry) Register(name string) { r.push(Service{Name: name}) }

func (r *Registry) push(s Service) { r.Services = append(r.Services, s) }

// Get returns a pointer to service i.
func (r *Registry) Get(i int) *Service { return &r.Services[i] }
