export function App() {
  return <main>Bid Desk</main>;
}
