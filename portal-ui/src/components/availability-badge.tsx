/** "3 van 5 in de kast" with a coloured dot: green when something is on the shelf. */
export function AvailabilityBadge({ available, text }: { available: boolean; text: string }) {
  return (
    <p className={`availability ${available ? 'availability--yes' : 'availability--no'}`}>
      <span className="availability__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
