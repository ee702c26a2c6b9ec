"""IPS Fidelity: IPS fidelity reviews (programtrohetsmätning) on an assessor's laptop."""

__version__ = "0.1.0"
